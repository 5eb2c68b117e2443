import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DownloadLink } from '@/components/DownloadLink';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { useSession } from '@/features/session/useSession';
import { useHousingQuotas } from '@/features/quota/api/getHousingQuotas';
import { useQuotaPeriods } from '@/features/quota/api/getQuotaPeriods';
import { useQuotaTotals } from '@/features/quota/api/getQuotaTotals';
import { parseMonitorSearch, toMonitorParams, wantsAllProvinces } from '@/features/quota/api/monitorSearch';
import { quotaExportUrl } from '@/features/quota/api/quota';
import { EstimateNote, usePeriodName } from '@/features/quota/components/labels';
import { MonitorFilters } from '@/features/quota/components/MonitorFilters';
import { QuotaImportForm } from '@/features/quota/components/QuotaImportForm';
import { QuotaMap } from '@/features/quota/components/QuotaMap';
import { QuotaTable } from '@/features/quota/components/QuotaTable';
import { useQuotaMapView } from '@/features/quota/components/useQuotaMapView';
import { QuotaTotalsTable, ReportedTotals } from '@/features/quota/components/QuotaTotalsTable';
import { Section } from '@/components/Section';

export const MONITOR_PATH = '/taakstelling';
const TABLE_ID = 'taakstelling-tabel';
const collator = new Intl.Collator('nl');

/**
 * /taakstelling — journey 6, public: for a half year (by default the one every overview opens on) and
 * optionally one province (a province official's own by default),
 * each municipality's quota, realisation and arrears on a map and in a sortable table with the same
 * figures, the totals above the table, and the CSV of the same selection. The support team also reads
 * in new figures here.
 */
export function MonitorPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('quota.title'));
  const periodName = usePeriodName();
  const { caller } = useSession();
  const [params, setParams] = useSearchParams();
  const parsed = parseMonitorSearch(params);
  // a province official lands on their own province, unless they asked for the whole country
  const ownProvince = caller?.role === 'province' ? (caller.regionCode ?? '') : '';
  const search = { ...parsed, province: parsed.province || (wantsAllProvinces(params) ? '' : ownProvince) };
  const periods = useQuotaPeriods();
  // the half year every overview opens on (the API's default): never one that only a few municipalities sent figures for
  const period = search.period || periods.data?.find((p) => p.isDefault)?.period || periods.data?.[0]?.period || '';
  const quotas = useHousingQuotas(period, search.province, { enabled: period !== '' });
  const totals = useQuotaTotals(period, { enabled: period !== '' });
  const mapView = useQuotaMapView(search.province);
  // React Query's figures arrive as an update React draws in one piece (it reads its store with
  // useSyncExternalStore). Drawn from deferred values, map and tables are a render React slices and lets input
  // interrupt: on a phone one piece of 352 municipalities blocked the page for a third of a second.
  const quotaList = useDeferredValue(quotas.data);
  const totalsData = useDeferredValue(totals.data);
  const view = useDeferredValue(mapView.data);
  const drawing = quotaList !== quotas.data || totalsData !== totals.data || view !== mapView.data;
  const provinces = totals.data?.provinces
    .map(({ code, name }) => ({ code, name }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const provinceName = provinces?.find((province) => province.code === search.province)?.name ?? search.province;
  const where = search.province ? provinceName : t('quota.netherlands');
  const shown = period ? t('quota.shown', { period: periodName(period), where }) : '';

  return (
    <>
      <Heading level={1}>{t('quota.title')}</Heading>
      <Paragraph>{t('quota.intro')}</Paragraph>
      <ul className="hr-link-row">
        <li>
          <RouterLink to="/provinciale-plannen">{t('quota.plansLink')}</RouterLink>
        </li>
        <li>
          <RouterLink to="/agenda">{t('quota.agendaLink')}</RouterLink>
        </li>
      </ul>
      {periods.error && <ProblemAlert error={periods.error} onRetry={() => void periods.refetch()} />}
      <MonitorFilters
        search={{ period, province: search.province }}
        periods={periods.data}
        provinces={provinces}
        onChange={(next) => setParams(toMonitorParams(next, { allExplicit: ownProvince !== '' }))}
        resetTo={
          ownProvince
            ? `${MONITOR_PATH}?${toMonitorParams({ period: '', province: '' }, { allExplicit: true }).toString()}`
            : MONITOR_PATH
        }
      />
      <Paragraph role="status" className="hr-result-count">
        {quotas.data && !quotas.error ? `${shown}: ${t('quota.municipalityCount', { count: quotas.data.length })}` : ''}
      </Paragraph>

      <Section title={t('quota.map.title')}>
        {mapView.error ? (
          <ProblemAlert error={mapView.error} headingLevel={3} onRetry={() => void mapView.refetch()} />
        ) : quotas.error ? (
          <ProblemAlert error={quotas.error} headingLevel={3} onRetry={() => void quotas.refetch()} />
        ) : view && quotaList ? (
          <div aria-busy={quotas.isPlaceholderData || mapView.isPlaceholderData || drawing}>
            <QuotaMap
              view={view}
              quotas={quotaList}
              label={t('quota.map.label', { period: periodName(period), where })}
              tableId={TABLE_ID}
              totals={totalsData}
            />
          </div>
        ) : (
          <Loading />
        )}
      </Section>

      <Section title={t('quota.totals.title')}>
        {totals.error ? (
          <ProblemAlert error={totals.error} headingLevel={3} onRetry={() => void totals.refetch()} />
        ) : totalsData ? (
          <>
            <QuotaTotalsTable
              totals={totalsData}
              province={search.province}
              caption={t('quota.totals.caption', { period: periodName(totalsData.period) })}
            />
            <ReportedTotals totals={totalsData} province={search.province} />
          </>
        ) : (
          <Loading />
        )}
      </Section>

      <Section title={t('quota.table.title')}>
        <ul className="hr-link-row">
          <li>
            <DownloadLink
              href={quotaExportUrl(period, search.province)}
              fileName={`taakstelling-${period || 'nieuwste'}.csv`}
            >
              {t('quota.export')}
            </DownloadLink>
          </li>
        </ul>
        <EstimateNote />
        {quotas.error ? (
          <ProblemAlert error={quotas.error} headingLevel={3} onRetry={() => void quotas.refetch()} />
        ) : quotaList ? (
          <QuotaTable
            id={TABLE_ID}
            quotas={quotaList}
            busy={quotas.isPlaceholderData || drawing}
            showProvince={!search.province}
            caption={t('quota.table.caption', { period: periodName(period), where })}
          />
        ) : (
          <Loading />
        )}
      </Section>

      {caller?.role === 'support' && (
        <Section title={t('quota.import.title')} className="hr-panel">
          <Paragraph>{t('quota.import.intro')}</Paragraph>
          <QuotaImportForm />
        </Section>
      )}
    </>
  );
}
