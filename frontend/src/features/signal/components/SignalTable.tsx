import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '@/components/RouterLink';
import { useNl } from '@/components/useNl';
import { formatDate } from '@/lib/format';
import type { Page } from '@/lib/page';
import { type SignalSummary, signalPath } from '@/features/signal/api/signal';
import { useThemeName } from './labels';
import { ExampleBadge, OverdueBadge, SignalStatusBadge } from './SignalBadges';
import { TableScaffold } from '@/components/TableScaffold';

interface SignalTableProps {
  signals: Page<SignalSummary>;
  /** The support team sees every region's signals: it also gets who submitted, who handles and the priority. */
  support: boolean;
  busy?: boolean;
  /** The table's name; by default "Signalen, pagina 1 van 3". */
  caption?: string;
}

/** One page of signals: reference, subject, theme, status and answer date; overdue rows say "Te laat". */
export function SignalTable({ signals, support, busy = false, caption }: SignalTableProps) {
  const { t, i18n } = useTranslation();
  const lang = useNl();
  const themeName = useThemeName();
  if (signals.items.length === 0) return <Paragraph>{t('signals.none')}</Paragraph>;
  return (
    <TableScaffold>
      <Table aria-busy={busy} className="hr-signal-table">
        <TableCaption>
          {caption ?? t('signals.caption', { page: signals.page, pages: signals.totalPages })}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('signals.columns.reference')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.columns.title')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.columns.theme')}</TableHeaderCell>
            {support && <TableHeaderCell scope="col">{t('signals.columns.region')}</TableHeaderCell>}
            {support && <TableHeaderCell scope="col">{t('signals.columns.owner')}</TableHeaderCell>}
            {support && <TableHeaderCell scope="col">{t('signals.columns.priority')}</TableHeaderCell>}
            <TableHeaderCell scope="col">{t('signals.columns.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.columns.dueOn')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {signals.items.map((signal) => (
            <TableRow
              key={signal.id}
              className={signal.overdue ? 'hr-signal-row hr-signal-row--overdue' : 'hr-signal-row'}
            >
              <TableHeaderCell scope="row" className="hr-nowrap">
                {signal.reference}
              </TableHeaderCell>
              <TableCell>
                <span className="hr-muted-text">{t(`signals.types.${signal.type}`)}</span>{' '}
                <RouterLink to={signalPath(signal.id)} lang={lang}>
                  {signal.title}
                </RouterLink>
                {signal.example && (
                  <>
                    {' '}
                    <ExampleBadge />
                  </>
                )}
              </TableCell>
              <TableCell>{themeName(signal.theme)}</TableCell>
              {support && <TableCell>{signal.region.name}</TableCell>}
              {support && (
                <TableCell>
                  <abbr title={signal.owner.name}>{signal.owner.code}</abbr>
                </TableCell>
              )}
              {support && <TableCell>{t(`signals.priorities.${signal.priority}`)}</TableCell>}
              <TableCell>
                <SignalStatusBadge status={signal.status} />
              </TableCell>
              <TableCell>
                <time dateTime={signal.dueOn} className="hr-nowrap">
                  {formatDate(signal.dueOn, i18n.language)}
                </time>
                {signal.overdue && (
                  <>
                    {' '}
                    <OverdueBadge />
                  </>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScaffold>
  );
}
