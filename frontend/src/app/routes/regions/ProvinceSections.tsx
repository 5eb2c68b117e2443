import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { useSession } from '@/features/session/useSession';
import { useProvincialPlan } from '@/features/plan/api/getProvincialPlan';
import { PlanEditor } from '@/features/plan/components/PlanEditor';
import { PlanFacts } from '@/features/plan/components/PlanFacts';
import { useLatestProvinceQuotas } from '@/features/quota/api/getLatestProvinceQuotas';
import { toMonitorParams } from '@/features/quota/api/monitorSearch';
import { EstimateNote, usePeriodName } from '@/features/quota/components/labels';
import { QuotaTable } from '@/features/quota/components/QuotaTable';
import { QuotaTotalsTable, ReportedTotals } from '@/features/quota/components/QuotaTotalsTable';
import { useProvinceSignalStatistics } from '@/features/signal/api/getProvinceSignalStatistics';
import { ThemeCounts } from '@/features/signal/components/dashboard/ThemeCounts';
import { Section } from '@/components/Section';

/** A province's municipalities with their figures for the default half year (the one every overview opens on). */
export function ProvinceQuotas({ code, name }: { code: string; name: string }) {
  const { t } = useTranslation();
  const periodName = usePeriodName();
  const latest = useLatestProvinceQuotas(code);
  if (latest.error) return <ProblemAlert error={latest.error} headingLevel={3} onRetry={() => void latest.refetch()} />;
  if (latest.isPending) return <Loading />;
  if (!latest.data) return <Paragraph>{t('quota.none', { name })}</Paragraph>;
  const { period, total, country, quotas } = latest.data;
  return (
    <>
      <Paragraph>{t('quota.latestFor', { period: periodName(period), name })}</Paragraph>
      <QuotaTotalsTable
        totals={{ period, country, provinces: [total] }}
        province={code}
        caption={t('quota.totals.caption', { period: periodName(period) })}
      />
      <ReportedTotals totals={{ period, country, provinces: [total] }} province={code} />
      <EstimateNote />
      <QuotaTable
        quotas={quotas}
        showProvince={false}
        caption={t('quota.table.caption', { period: periodName(period), where: name })}
      />
      <Paragraph>
        <RouterLink to={`/taakstelling?${toMonitorParams({ period, province: code }).toString()}`}>
          {t('quota.onMap', { name })}
        </RouterLink>
      </Paragraph>
    </>
  );
}

/** The province's plan; the province itself and the support team can change it here. */
export function ProvincePlan({ code }: { code: string }) {
  const { t } = useTranslation();
  const { caller } = useSession();
  const plan = useProvincialPlan(code);
  const mayEdit = caller?.role === 'support' || (caller?.role === 'province' && caller.regionCode === code);
  if (plan.error) return <ProblemAlert error={plan.error} headingLevel={3} onRetry={() => void plan.refetch()} />;
  if (plan.isPending) return <Loading />;
  return (
    <>
      <PlanFacts plan={plan.data.item} />
      {mayEdit && (
        <details className="hr-details">
          <summary className="hr-details__summary">{t('plans.form.open')}</summary>
          <PlanEditor plan={plan.data} />
        </details>
      )}
      <Paragraph>
        <RouterLink to="/provinciale-plannen">{t('plans.allLink')}</RouterLink>
      </Paragraph>
    </>
  );
}

/** The province's signals by theme: the public figures of the last twelve months. */
export function ProvinceSignals({ code, name }: { code: string; name: string }) {
  const { t } = useTranslation();
  const statistics = useProvinceSignalStatistics(code);
  if (statistics.error)
    return <ProblemAlert error={statistics.error} headingLevel={3} onRetry={() => void statistics.refetch()} />;
  if (statistics.isPending) return <Loading />;
  return (
    <>
      <ThemeCounts statistics={statistics.data} caption={t('regions.detail.signalsCaption', { name })} />
      <Paragraph>
        <RouterLink to="/signalen/dashboard">{t('regions.detail.signalFiguresLink')}</RouterLink>
      </Paragraph>
    </>
  );
}

/** What a province page adds to the facts: its municipalities' quota figures, its plan and its signals by theme. */
export function ProvinceSections({ code, name }: { code: string; name: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Section title={t('regions.detail.quotaProvince')}>
        <ProvinceQuotas code={code} name={name} />
      </Section>
      <Section title={t('regions.detail.plan')}>
        <ProvincePlan code={code} />
      </Section>
      <Section title={t('regions.detail.signalsByTheme')}>
        <ProvinceSignals code={code} name={name} />
      </Section>
    </>
  );
}
