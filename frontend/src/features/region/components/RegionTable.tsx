import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '@/components/DataTable';
import { RouterLink } from '@/components/RouterLink';
import { formatNumber } from '@/lib/format';
import type { RegionPage } from '@/features/region/api/getRegions';

interface RegionTableProps {
  regions: RegionPage;
  busy?: boolean;
}

type Region = RegionPage['items'][number];

/** One page of regions; the name links to the region's own page. */
export function RegionTable({ regions, busy = false }: RegionTableProps) {
  const { t, i18n } = useTranslation();
  const columns: Column<Region>[] = [
    {
      header: t('regions.name'),
      cell: (region) => <RouterLink to={`/regios/${region.code}`}>{region.name}</RouterLink>,
    },
    { header: t('regions.code'), cell: (region) => region.code },
    { header: t('regions.type'), cell: (region) => (region.type ? t(`regions.types.${region.type}`) : '—') },
    { header: t('regions.province'), cell: (region) => region.provinceName ?? '—' },
    {
      header: t('regions.populationSource'),
      className: 'hr-numeric',
      cell: (region) =>
        region.population == null ? t('regions.unknown') : formatNumber(region.population, i18n.language),
    },
  ];
  return (
    <DataTable
      caption={t('regions.caption', { page: regions.page, pages: regions.totalPages })}
      columns={columns}
      rows={regions.items}
      rowKey={(region) => region.code}
      empty={t('regions.noResults')}
      busy={busy}
    />
  );
}
