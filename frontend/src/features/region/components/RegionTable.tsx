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
import { formatNumber } from '@/lib/format';
import type { RegionPage } from '@/features/region/api/getRegions';
import { TableScaffold } from '@/components/TableScaffold';

interface RegionTableProps {
  regions: RegionPage;
  busy?: boolean;
}

/** One page of regions; the name links to the region's own page. */
export function RegionTable({ regions, busy = false }: RegionTableProps) {
  const { t, i18n } = useTranslation();
  if (regions.items.length === 0) {
    return <Paragraph>{t('regions.noResults')}</Paragraph>;
  }
  return (
    <TableScaffold>
      <Table aria-busy={busy}>
        <TableCaption>{t('regions.caption', { page: regions.page, pages: regions.totalPages })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('regions.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('regions.code')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('regions.type')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('regions.province')}</TableHeaderCell>
            <TableHeaderCell scope="col" className="hr-numeric">
              {t('regions.populationSource')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {regions.items.map((region) => (
            <TableRow key={region.code}>
              <TableHeaderCell scope="row">
                <RouterLink to={`/regios/${region.code}`}>{region.name}</RouterLink>
              </TableHeaderCell>
              <TableCell>{region.code}</TableCell>
              <TableCell>{region.type ? t(`regions.types.${region.type}`) : '—'}</TableCell>
              <TableCell>{region.provinceName ?? '—'}</TableCell>
              <TableCell className="hr-numeric">
                {region.population == null ? t('regions.unknown') : formatNumber(region.population, i18n.language)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScaffold>
  );
}
