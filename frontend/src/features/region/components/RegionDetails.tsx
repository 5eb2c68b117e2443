import { DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '@/components/RouterLink';
import { formatNumber } from '@/lib/format';
import type { Region } from '@/features/region/api/getRegion';
import { toSearchParams } from '@/features/region/api/regionSearch';

/** The facts of one region; a province links to the list of its municipalities. */
export function RegionDetails({ region }: { region: Region }) {
  const { t, i18n } = useTranslation();
  const province = region.type === 'province';
  const municipalities = toSearchParams({ q: '', type: 'municipality', province: region.code ?? '', page: 1 });
  return (
    <>
      <DataList className="hr-facts">
        <DataListItem>
          <DataListKey>{t('regions.type')}</DataListKey>
          <DataListValue>{region.type ? t(`regions.types.${region.type}`) : t('regions.unknown')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('regions.code')}</DataListKey>
          <DataListValue>{region.code}</DataListValue>
        </DataListItem>
        {region.provinceCode && (
          <DataListItem>
            <DataListKey>{t('regions.province')}</DataListKey>
            <DataListValue>
              <RouterLink to={`/regios/${region.provinceCode}`}>
                {region.provinceName ?? region.provinceCode}
              </RouterLink>
            </DataListValue>
          </DataListItem>
        )}
        {region.capital && (
          <DataListItem>
            <DataListKey>{t('regions.capital')}</DataListKey>
            <DataListValue>{region.capital}</DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{t('regions.populationSource')}</DataListKey>
          <DataListValue>
            {region.population == null ? t('regions.unknown') : formatNumber(region.population, i18n.language)}
            {province && region.population != null && (
              <span className="hr-note"> {t('regions.populationOfProvince')}</span>
            )}
          </DataListValue>
        </DataListItem>
        {region.populationNote && (
          <DataListItem>
            <DataListKey>{t('regions.populationNote')}</DataListKey>
            <DataListValue>
              <span lang="nl">{region.populationNote}</span>
            </DataListValue>
          </DataListItem>
        )}
      </DataList>
      {province && region.code && (
        <Paragraph>
          <RouterLink to={`/regios?${municipalities.toString()}`}>
            {t('regions.detail.municipalitiesOf', { name: region.name })}
          </RouterLink>
        </Paragraph>
      )}
    </>
  );
}
