import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DownloadLink } from '@/components/DownloadLink';
import { Loading } from '@/components/Loading';
import { Pagination } from '@/components/Pagination';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { useRegions } from '@/features/region/api/getRegions';
import {
  type RegionSearch,
  parseRegionSearch,
  regionExportUrl,
  toSearchParams,
} from '@/features/region/api/regionSearch';
import { RegionSearchForm } from '@/features/region/components/RegionSearchForm';
import { RegionTable } from '@/features/region/components/RegionTable';

/** The searchable regions list; the URL query string is the single source of the search. */
export function RegionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('regions.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const search = parseRegionSearch(searchParams);
  const regions = useRegions(search);

  const onSearch = (next: RegionSearch) => setSearchParams(toSearchParams(next));
  const toPage = (page: number) => ({ search: `?${toSearchParams({ ...search, page }).toString()}` });

  return (
    <>
      <Heading level={1}>{t('regions.title')}</Heading>
      <Paragraph>{t('regions.intro')}</Paragraph>
      <RegionSearchForm search={search} onSearch={onSearch} />
      <Paragraph role="status" className="hr-result-count">
        {regions.data && !regions.error ? t('regions.results', { count: regions.data.totalItems }) : ''}
      </Paragraph>
      <ul className="hr-link-row">
        <li>
          <DownloadLink href={regionExportUrl(search)} fileName="regios.csv">
            {t('regions.export')}
          </DownloadLink>
        </li>
      </ul>
      {regions.error ? (
        <ProblemAlert error={regions.error} onRetry={() => void regions.refetch()} />
      ) : regions.isPending ? (
        <Loading />
      ) : (
        <>
          <RegionTable regions={regions.data} busy={regions.isPlaceholderData} />
          <Pagination page={regions.data.page} totalPages={regions.data.totalPages} toPage={toPage} />
        </>
      )}
    </>
  );
}
