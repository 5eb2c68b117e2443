import { Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { useRegion } from '@/features/region/api/getRegion';
import { RegionDetails } from '@/features/region/components/RegionDetails';
import { MunicipalitySections } from './regions/MunicipalitySections';
import { ProvinceSections } from './regions/ProvinceSections';
import { Breadcrumbs } from '@/components/Breadcrumbs';

export function RegionDetailPage() {
  const { t } = useTranslation();
  const code = (useParams().code ?? '').toUpperCase();
  const region = useRegion(code);
  const title = region.data?.name ?? t('regions.detail.title', { code });
  useDocumentTitle(title);

  return (
    <>
      <Breadcrumbs trail={[{ to: '/regios', label: t('nav.regions') }]} current={title} />
      <Heading level={1}>{title}</Heading>
      {region.isPending ? (
        <Loading />
      ) : region.error ? (
        <ProblemAlert error={region.error} onRetry={() => void region.refetch()} />
      ) : (
        <>
          <RegionDetails region={region.data} />
          {region.data.type === 'province' && <ProvinceSections code={code} name={region.data.name ?? code} />}
          {region.data.type === 'municipality' && (
            <MunicipalitySections code={code} name={region.data.name ?? code} provinceCode={region.data.provinceCode} />
          )}
        </>
      )}
    </>
  );
}
