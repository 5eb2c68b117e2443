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
import { type HousingQuota, isEstimated } from '@/features/quota/api/quota';
import { Estimated, arrearsText, numberText } from './labels';
import { mostBehind } from './quotaFigures';
import { TableScaffold } from '@/components/TableScaffold';

/** The municipalities furthest behind by their reported figures (largest arrears at the end, or carried in while the end is not known yet). */
export function MostBehindTable({
  quotas,
  caption,
  limit = 5,
}: {
  quotas: readonly HousingQuota[];
  caption: string;
  limit?: number;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const behind = mostBehind(quotas, limit);
  if (behind.quotas.length === 0)
    return <Paragraph>{t(behind.estimatesLeftOut ? 'quota.behindOnlyEstimates' : 'quota.behindNone')}</Paragraph>;
  return (
    <TableScaffold>
      {behind.estimatesLeftOut && <Paragraph className="hr-note">{t('quota.behindReportedOnly')}</Paragraph>}
      <Table className="hr-count-table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('quota.columns.municipality')}</TableHeaderCell>
            <TableHeaderCell scope="col" className="hr-numeric">
              {t('quota.columns.target')}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="hr-numeric">
              {t(`quota.columns.${behind.measure}`)}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {behind.quotas.map((quota) => (
            <TableRow key={quota.municipality.code}>
              <TableHeaderCell scope="row">
                <RouterLink to={`/regios/${quota.municipality.code}`}>{quota.municipality.name}</RouterLink>
              </TableHeaderCell>
              <TableCell className="hr-numeric">
                <Estimated estimated={isEstimated(quota, 'target')} t={t}>
                  {numberText(quota.target, t, language)}
                </Estimated>
              </TableCell>
              <TableCell className="hr-numeric">
                <Estimated estimated={isEstimated(quota, behind.measure)} t={t}>
                  {arrearsText(quota[behind.measure], t, language)}
                </Estimated>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScaffold>
  );
}
