import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import type { QuotaTotal, QuotaTotals } from '../api/quota';
import { Estimated, arrearsText, numberText, shareText } from './labels';
import { QuotaFigureHeaders } from './QuotaFigureCells';

interface QuotaTotalsTableProps {
  totals: QuotaTotals;
  /** Only this province under the Netherlands; empty for all twelve. */
  province?: string;
  caption: string;
}

/** "schatting", "onvolledig", both or nothing: what the reader must know before using a total. */
export function totalRemarks(total: Pick<QuotaTotal, 'complete' | 'estimated'>): ('estimated' | 'incomplete')[] {
  return [...(total.estimated ? (['estimated'] as const) : []), ...(total.complete ? [] : (['incomplete'] as const))];
}

/**
 * The sums for the Netherlands and the provinces: municipalities with figures, target, realised, arrears
 * in and at the end, share. A sum over estimates is marked "≈"; a sum that misses municipalities whose
 * figures are unknown says "onvolledig".
 */
export function QuotaTotalsTable({ totals, province = '', caption }: QuotaTotalsTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const rows = [totals.country, ...totals.provinces.filter((total) => !province || total.code === province)];
  return (
    <div className="hr-table-scroll">
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
            const remarks = totalRemarks(total);
            return (
              <TableRow key={total.code} data-code={total.code} className={total === totals.country ? 'hr-totals-table__country' : undefined}>
                <TableHeaderCell scope="row">{total.name}</TableHeaderCell>
                <TableCell className="hr-numeric">{formatNumber(total.municipalities, language)}</TableCell>
                <TableCell className="hr-numeric">
                  <Estimated estimated={total.estimated}>{numberText(total.target, t, language)}</Estimated>
                </TableCell>
                <TableCell className="hr-numeric">
                  <Estimated estimated={total.estimated && total.realised != null}>{numberText(total.realised, t, language)}</Estimated>
                </TableCell>
                <TableCell className="hr-numeric">
                  <Estimated estimated={total.estimated && total.arrearsIn != null}>{arrearsText(total.arrearsIn, t, language)}</Estimated>
                </TableCell>
                <TableCell className="hr-numeric">
                  <Estimated estimated={total.estimated && total.arrearsEnd != null}>{arrearsText(total.arrearsEnd, t, language)}</Estimated>
                </TableCell>
                <TableCell className="hr-numeric">
                  <Estimated estimated={total.estimated && total.realisedShare != null}>{shareText(total.realisedShare, t, language)}</Estimated>
                </TableCell>
                <TableCell>{remarks.length === 0 ? '—' : remarks.map((remark) => t(`quota.totals.${remark}`)).join(', ')}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
