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
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { useOrganisationLine } from '@/features/catalogue/components/ItemFacts';
import { useNl } from '@/components/useNl';
import { EMPTY_SEARCH, type Funding, itemPath } from '@/lib/catalogue';
import { formatDate } from '@/lib/format';
import { useItemSearch } from '@/features/catalogue/api/searchItems';
import { CalendarLink, WindowBadge, useAmountText, useClosingText } from './ApplicationWindow';
import { TableScaffold } from '@/components/TableScaffold';

const BY_CLOSING_DATE = { ...EMPTY_SEARCH, status: 'published', sort: 'closesOn' } as const;

function FundingRow({ funding }: { funding: Funding }) {
  const { t, i18n } = useTranslation();
  const lang = useNl();
  const organisations = useOrganisationLine(funding);
  const amount = useAmountText(funding);
  const closing = useClosingText(funding);
  return (
    <TableRow data-funding={funding.id}>
      <TableHeaderCell scope="row">
        <RouterLink to={itemPath('funding', funding.id)} lang={lang}>
          {funding.title}
        </RouterLink>
      </TableHeaderCell>
      <TableCell>{organisations.first ?? '—'}</TableCell>
      <TableCell>{amount ?? t('catalogue.facts.unknown')}</TableCell>
      <TableCell>{funding.opensOn ? formatDate(funding.opensOn, i18n.language) : '—'}</TableCell>
      <TableCell>{closing}</TableCell>
      <TableCell>
        <WindowBadge funding={funding} />
      </TableCell>
      <TableCell>{funding.closesOn ? <CalendarLink funding={funding} /> : '—'}</TableCell>
    </TableRow>
  );
}

/** Every published funding item by closing date, open, closed or unknown today (as the API says), each with "Zet in agenda". */
export function FundingOverview() {
  const { t } = useTranslation();
  const funding = useItemSearch('funding', BY_CLOSING_DATE, { pageSize: 100 });
  if (funding.isPending) return <Loading />;
  if (funding.error) return <ProblemAlert error={funding.error} onRetry={() => void funding.refetch()} />;
  if (funding.data.items.length === 0) return <Paragraph>{t('funding.none')}</Paragraph>;
  return (
    <TableScaffold>
      <Table>
        <TableCaption>{t('funding.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('funding.columns.title')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('funding.columns.provider')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('funding.columns.amount')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('funding.columns.opensOn')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('funding.columns.closesOn')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('funding.columns.window')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('funding.columns.calendar')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {funding.data.items.map((item) => (
            <FundingRow key={item.id} funding={item} />
          ))}
        </TableBody>
      </Table>
    </TableScaffold>
  );
}
