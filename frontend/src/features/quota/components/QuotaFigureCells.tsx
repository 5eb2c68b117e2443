import { TableCell, TableHeaderCell } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type HousingQuota, QUOTA_FIELDS, isEstimated, shareIsEstimated } from '@/features/quota/api/quota';
import { Estimated, arrearsText, numberText, shareText } from './labels';

/**
 * The figure cells of one quota row — target, realised, arrears in and out, share, which are estimates — as every
 * quota table shows them. The table's own `t` and language, not a useTranslation per row (see Estimated).
 */
export function QuotaFigureCells({ quota, t, language }: { quota: HousingQuota; t: TFunction; language: string }) {
  const estimated = QUOTA_FIELDS.filter((field) => isEstimated(quota, field));
  return (
    <>
      <TableCell className="hr-numeric">
        <Estimated estimated={isEstimated(quota, 'target')} t={t}>
          {numberText(quota.target, t, language)}
        </Estimated>
      </TableCell>
      <TableCell className="hr-numeric">
        <Estimated estimated={isEstimated(quota, 'realised')} t={t}>
          {numberText(quota.realised, t, language)}
        </Estimated>
      </TableCell>
      <TableCell className="hr-numeric">
        <Estimated estimated={isEstimated(quota, 'arrearsIn')} t={t}>
          {arrearsText(quota.arrearsIn, t, language)}
        </Estimated>
      </TableCell>
      <TableCell className="hr-numeric">
        <Estimated estimated={isEstimated(quota, 'arrearsEnd')} t={t}>
          {arrearsText(quota.arrearsEnd, t, language)}
        </Estimated>
      </TableCell>
      <TableCell className="hr-numeric" data-share={quota.realisedShare ?? ''}>
        <Estimated estimated={quota.realisedShare != null && shareIsEstimated(quota)} t={t}>
          {shareText(quota.realisedShare, t, language)}
        </Estimated>
      </TableCell>
      <TableCell>
        {estimated.length === 0
          ? t('quota.table.noEstimate')
          : estimated.length === QUOTA_FIELDS.length
            ? t('quota.table.allEstimated')
            : estimated.map((field) => t(`quota.fields.${field}`)).join(', ')}
      </TableCell>
    </>
  );
}

/** The column headers over {@link QuotaFigureCells} (and the totals' same five figures), in the same order. */
export function QuotaFigureHeaders() {
  const { t } = useTranslation();
  return (
    <>
      {(['target', 'realised', 'arrearsIn', 'arrearsEnd', 'share'] as const).map((column) => (
        <TableHeaderCell key={column} scope="col" className="hr-numeric">
          {t(`quota.columns.${column}`)}
        </TableHeaderCell>
      ))}
    </>
  );
}
