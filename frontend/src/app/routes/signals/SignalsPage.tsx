import { useQuery } from '@tanstack/react-query';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DownloadLink } from '@/components/DownloadLink';
import { Loading } from '@/components/Loading';
import { Pagination } from '@/components/Pagination';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { useSession } from '@/features/session/useSession';
import { organisationsQuery } from '@/features/organisation/api/getOrganisations';
import { provincesQuery } from '@/features/region/api/getProvinces';
import { useSignalThemes } from '@/features/signal/api/getSignalThemes';
import { useSignals } from '@/features/signal/api/searchSignals';
import {
  type SignalSearch,
  parseSignalSearch,
  signalExportUrl,
  toSignalSearchParams,
} from '@/features/signal/api/signalSearch';
import { SignalSearchForm } from '@/features/signal/components/SignalSearchForm';
import { SignalTable } from '@/features/signal/components/SignalTable';

export const SIGNALS_PATH = '/signalen';
export const NEW_SIGNAL_PATH = '/signalen/nieuw';
export const SIGNAL_DASHBOARD_PATH = '/signalen/dashboard';

/**
 * /signalen — for the support team the queue of all signals (overdue first, then the earliest answer
 * date), with filters on status, theme, type, province, owner and overdue; for a municipality or
 * province "Mijn signalen", its own region's. The URL holds the search; the CSV has the same filters.
 */
export function SignalsPage() {
  const { t } = useTranslation();
  const { caller } = useSession();
  const support = caller?.role === 'support';
  useDocumentTitle(support ? t('signals.title') : t('signals.titleOwn'));
  const [params, setParams] = useSearchParams();
  const parsed = parseSignalSearch(params);
  // A region sees only its own signals: province and owner filters are the support team's.
  const search: SignalSearch = support ? parsed : { ...parsed, province: '', owner: '' };
  const signals = useSignals(search);
  const themes = useSignalThemes();
  const provinces = useQuery({ ...provincesQuery(), enabled: support });
  const organisations = useQuery({ ...organisationsQuery(), enabled: support });

  const toPage = (page: number) => ({ search: `?${toSignalSearchParams({ ...search, page }).toString()}` });

  return (
    <>
      <Heading level={1}>{support ? t('signals.title') : t('signals.titleOwn')}</Heading>
      <Paragraph>{support ? t('signals.intro') : t('signals.introOwn')}</Paragraph>
      <ul className="hr-link-row">
        {!support && (
          <li>
            <RouterLink to={NEW_SIGNAL_PATH}>{t('signals.submitLink')}</RouterLink>
          </li>
        )}
        <li>
          <RouterLink to={SIGNAL_DASHBOARD_PATH}>{t('signals.dashboardLink')}</RouterLink>
        </li>
      </ul>
      <SignalSearchForm
        search={search}
        onSearch={(next) => setParams(toSignalSearchParams(next))}
        themes={themes.data}
        resetTo={SIGNALS_PATH}
        provinces={
          support
            ? {
                options: provinces.data?.items.map((province) => ({
                  value: province.code ?? '',
                  label: province.name ?? '',
                })),
                error: provinces.error,
              }
            : undefined
        }
        owners={
          support
            ? {
                options: organisations.data?.items
                  .filter((organisation) => organisation.supportTeam)
                  .map((organisation) => ({
                    value: organisation.code,
                    label: organisation.abbreviation ?? organisation.code,
                  })),
                error: organisations.error,
              }
            : undefined
        }
      />
      <Paragraph role="status" className="hr-result-count">
        {signals.data && !signals.error ? t('signals.results', { count: signals.data.totalItems }) : ''}
      </Paragraph>
      <ul className="hr-link-row">
        <li>
          <DownloadLink href={signalExportUrl(search)} fileName="signalen.csv">
            {t('signals.export')}
          </DownloadLink>
        </li>
      </ul>
      {signals.error ? (
        <ProblemAlert error={signals.error} onRetry={() => void signals.refetch()} />
      ) : signals.isPending ? (
        <Loading />
      ) : (
        <>
          <SignalTable signals={signals.data} support={support} busy={signals.isPlaceholderData} />
          <Pagination page={signals.data.page} totalPages={signals.data.totalPages} toPage={toPage} />
        </>
      )}
    </>
  );
}
