import {
  Link,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import type { QuotaTotal, QuotaTotals } from '@/features/quota/api/quota';
import { Estimated, arrearsText, numberText, shareText } from './labels';
import { QuotaFigureHeaders } from './QuotaFigureCells';
import { TableScaffold } from '@/components/TableScaffold';

interface QuotaTotalsTableProps {
  totals: QuotaTotals;
  /** Only this province under the Netherlands; empty for all twelve. */
  province?: string;
  caption: string;
}

/** The remarks in words: how many municipalities have no figures, that a sum holds estimates, that a source reported the total. */
function useRemarkText(): (total: QuotaTotal) => string {
  const { t } = useTranslation();
  return (total) => {
    const parts: string[] = [];
    if (total.municipalitiesWithoutFigures > 0)
      parts.push(t('quota.totals.without', { count: total.municipalitiesWithoutFigures }));
    else if (!total.complete) parts.push(t('quota.totals.incomplete'));
    if (total.estimated) parts.push(t('quota.totals.estimated'));
    if (total.reported) parts.push(t('quota.totals.reportedBelow'));
    return parts.length === 0 ? '—' : parts.join('; ');
  };
}

/** The totals as their sources reported them: the real figures where the sums above hold estimates. */
export function ReportedTotals({ totals, province = '' }: { totals: QuotaTotals; province?: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const rows = [totals.country, ...totals.provinces.filter((total) => !province || total.code === province)].filter(
    (total) => total.reported,
  );
  if (rows.length === 0) return null;
  return (
    <ul className="hr-link-list hr-reported-totals" aria-label={t('quota.totals.reportedTitle')}>
      {rows.map((total) => {
        const reported = total.reported!;
        const figures = [
          reported.target != null ? `${t('quota.fields.target')} ${formatNumber(reported.target, language)}` : null,
          reported.realised != null
            ? `${t('quota.fields.realised')} ${formatNumber(reported.realised, language)}`
            : null,
          reported.arrearsIn != null
            ? `${t('quota.fields.arrearsIn')}: ${arrearsText(reported.arrearsIn, t, language)}`
            : null,
        ].filter(Boolean);
        return (
          <li key={total.code} className="hr-link-list__item" data-code={total.code}>
            <span>
              {t('quota.totals.reportedLine', { name: total.name, figures: figures.join(', ') })}{' '}
              <Link href={reported.source}>
                {t('quota.totals.source', { host: new URL(reported.source).hostname.replace(/^www\./, '') })}
              </Link>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The sums for the Netherlands and the provinces: municipalities with figures, target, realised, arrears
 * in and at the end, share. A sum over estimates is marked "≈"; a sum over no figures is "onbekend", never 0;
 * a sum that misses municipalities says how many have no figures.
 */
export function QuotaTotalsTable({ totals, province = '', caption }: QuotaTotalsTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const remarkText = useRemarkText();
  const rows = [totals.country, ...totals.provinces.filter((total) => !province || total.code === province)];
  return (
    <TableScaffold>
      <Table className="hr-totals-table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('quota.totals.area')}</TableHeaderCell>
            <TableHeaderCell scope="col" className="hr-numeric">
              {t('quota.totals.municipalities')}
            </TableHeaderCell>
            <QuotaFigureHeaders />
            <TableHeaderCell scope="col">{t('quota.totals.remarks')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((total) => {
            return (
              <TableRow
                key={total.code}
                data-code={total.code}
                className={total === totals.country ? 'hr-totals-table__country' : undefined}
              >
                <TableHeaderCell scope="row">{total.name}</TableHeaderCell>
                <TableCell className="hr-numeric">{formatNumber(total.municipalities, language)}</TableCell>
                <TableCell className="hr-numeric">
                  <Estimated estimated={total.estimated} t={t}>
                    {numberText(total.target, t, language)}
                  </Estimated>
                </TableCell>
                <TableCell className="hr-numeric">
                  <Estimated estimated={total.estimated && total.realised != null} t={t}>
                    {numberText(total.realised, t, language)}
                  </Estimated>
                </TableCell>
                <TableCell className="hr-numeric">
                  <Estimated estimated={total.estimated && total.arrearsIn != null} t={t}>
                    {arrearsText(total.arrearsIn, t, language)}
                  </Estimated>
                </TableCell>
                <TableCell className="hr-numeric">
                  <Estimated estimated={total.estimated && total.arrearsEnd != null} t={t}>
                    {arrearsText(total.arrearsEnd, t, language)}
                  </Estimated>
                </TableCell>
                <TableCell className="hr-numeric">
                  <Estimated estimated={total.estimated && total.realisedShare != null} t={t}>
                    {shareText(total.realisedShare, t, language)}
                  </Estimated>
                </TableCell>
                <TableCell>{remarkText(total)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableScaffold>
  );
}
