import { useQuery } from '@tanstack/react-query';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { ProblemAlert, problemMessage } from '@/components/ProblemAlert';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import {
  parseStatisticsPeriod,
  toStatisticsParams,
  useSignalStatistics,
} from '@/features/signal/api/getSignalStatistics';
import { SignalStatisticsView } from '@/features/signal/components/dashboard/SignalStatisticsView';
import { StatisticsPeriodForm } from '@/features/signal/components/dashboard/StatisticsPeriodForm';
import { provincesQuery } from '@/features/region/api/getProvinces';
import { ApiError } from '@/lib/api';
import { SIGNAL_DASHBOARD_PATH } from './SignalsPage';

/**
 * /signalen/dashboard — journey 5, public: signals by theme, month and province, and how fast they were
 * answered, for a period in the URL (the last twelve months by default), of the country or one province. Charts and tables show the
 * same figures.
 */
export function SignalDashboardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signals.dashboard.title'));
  const [params, setParams] = useSearchParams();
  const period = parseStatisticsPeriod(params);
  const statistics = useSignalStatistics(period);
  const refused =
    statistics.error instanceof ApiError && statistics.error.status === 400 ? statistics.error : undefined;
  const provinces = useQuery(provincesQuery());
  const shown = {
    from: period.from || statistics.data?.from || '',
    to: period.to || statistics.data?.to || '',
    province: period.province,
  };
  const provinceName = provinces.data?.items.find((candidate) => candidate.code === period.province)?.name;

  return (
    <>
      <Heading level={1}>{t('signals.dashboard.title')}</Heading>
      <Paragraph>{t('signals.dashboard.intro')}</Paragraph>
      <StatisticsPeriodForm
        period={shown}
        error={refused}
        onChange={(next) => setParams(toStatisticsParams(next))}
        resetTo={SIGNAL_DASHBOARD_PATH}
        provinces={{
          options: provinces.data?.items.map((province) => ({
            value: province.code ?? '',
            label: province.name ?? '',
          })),
          error: provinces.error
            ? t('signals.dashboard.provincesFailed', { reason: problemMessage(provinces.error, t) })
            : undefined,
        }}
      />
      {period.province && (
        <Paragraph className="hr-result-count">
          {t('signals.dashboard.provinceText', { province: provinceName ?? period.province })}
        </Paragraph>
      )}
      {statistics.error && !refused ? (
        <ProblemAlert error={statistics.error} onRetry={() => void statistics.refetch()} />
      ) : statistics.isPending ? (
        <Loading />
      ) : statistics.data && !statistics.error ? (
        <div aria-busy={statistics.isPlaceholderData}>
          <SignalStatisticsView statistics={statistics.data} />
        </div>
      ) : null}
    </>
  );
}
