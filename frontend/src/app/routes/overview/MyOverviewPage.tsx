import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { useAgendaItems } from '@/features/agenda/api/getAgendaItems';
import { MilestoneTimeline } from '@/features/agenda/components/MilestoneTimeline';
import { openMilestones } from '@/features/agenda/components/milestones';
import { useSession } from '@/features/session/useSession';
import { FundingClosingSoon } from '@/features/catalogue/funding/FundingClosingSoon';
import { AudienceTasks } from '@/features/catalogue/task/AudienceTasks';
import { useLatestProvinceQuotas } from '@/features/quota/api/getLatestProvinceQuotas';
import { useQuotaHistory } from '@/features/quota/api/getQuotaHistory';
import { useQuotaPeriods } from '@/features/quota/api/getQuotaPeriods';
import { EstimateNote, usePeriodName } from '@/features/quota/components/labels';
import { MostBehindTable } from '@/features/quota/components/MostBehindTable';
import { QuotaFacts } from '@/features/quota/components/QuotaFacts';
import { QuotaTotalsTable, ReportedTotals } from '@/features/quota/components/QuotaTotalsTable';
import { useRegion } from '@/features/region/api/getRegion';
import { isoToday } from '@/lib/catalogue';
import { ProvincePlan } from '@/app/routes/regions/ProvinceSections';
import { OwnSignals } from '@/app/routes/regions/MunicipalitySections';
import { Section } from '@/components/Section';

export const MY_OVERVIEW_PATH = '/mijn-overzicht';

/** The municipality's figures for the half year every overview opens on: target, realised, arrears or lead. */
function CurrentQuota({ code, name }: { code: string; name: string }) {
  const { t } = useTranslation();
  const periodName = usePeriodName();
  const history = useQuotaHistory(code);
  const periods = useQuotaPeriods();
  const error = history.error ?? periods.error;
  if (error)
    return (
      <ProblemAlert
        error={error}
        headingLevel={3}
        onRetry={() => void Promise.all([history.refetch(), periods.refetch()])}
      />
    );
  if (!history.data || !periods.data) return <Loading />;
  const period = (periods.data.find((candidate) => candidate.isDefault) ?? periods.data[0])?.period;
  const latest = history.data.find((quota) => quota.period === period);
  if (!latest)
    return (
      <Paragraph>
        {period ? t('quota.noneFor', { name, period: periodName(period) }) : t('quota.none', { name })}
      </Paragraph>
    );
  return (
    <>
      <Paragraph>{t('quota.latestFor', { period: periodName(latest.period), name })}</Paragraph>
      <QuotaFacts quota={latest} />
      <EstimateNote />
      <Paragraph>
        <RouterLink to={`/regios/${code}`}>{t('overview.quotaHistoryLink')}</RouterLink>
      </Paragraph>
    </>
  );
}

/** The province's totals for its newest half year and the municipalities most behind. */
function ProvinceQuotaSummary({ code, name }: { code: string; name: string }) {
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
      <Heading level={3}>{t('overview.mostBehind')}</Heading>
      <MostBehindTable
        quotas={quotas}
        caption={t('overview.mostBehindCaption', { name, period: periodName(period) })}
      />
      <EstimateNote />
      <Paragraph>
        <RouterLink to={`/taakstelling?province=${code}`}>{t('quota.onMap', { name })}</RouterLink>
      </Paragraph>
      <Paragraph>
        <RouterLink to={`/regios/${code}`}>{t('overview.provinceLink', { name })}</RouterLink>
      </Paragraph>
    </>
  );
}

/** Milestones of the agenda still to be reached, the earliest (and overdue) first. */
function UpcomingMilestones() {
  const { t } = useTranslation();
  const items = useAgendaItems();
  if (items.error) return <ProblemAlert error={items.error} headingLevel={3} onRetry={() => void items.refetch()} />;
  if (!items.data) return <Loading />;
  return (
    <>
      <MilestoneTimeline milestones={openMilestones(items.data, isoToday(), 5)} />
      <Paragraph>
        <RouterLink to="/agenda">{t('overview.agendaLink')}</RouterLink>
      </Paragraph>
    </>
  );
}

/**
 * /mijn-overzicht — the start page of a municipality or province: its quota, the tasks addressed to it
 * per domain, its open signals, what funding closes soon (municipalities), its plan (provinces) and the
 * agenda's next milestones.
 */
export function MyOverviewPage() {
  const { t } = useTranslation();
  const { caller } = useSession();
  const code = caller?.regionCode ?? '';
  const region = useRegion(code);
  const name = region.data?.name ?? code;
  const province = caller?.role === 'province';
  useDocumentTitle(t('overview.title'));

  return (
    <>
      <Heading level={1}>{t('overview.title')}</Heading>
      <Paragraph appearance="lead">
        {t(province ? 'overview.introProvince' : 'overview.introMunicipality', { name })}
      </Paragraph>
      {region.error && <ProblemAlert error={region.error} onRetry={() => void region.refetch()} />}
      <Section title={t(province ? 'overview.quotaProvince' : 'overview.quota')}>
        {code &&
          (province ? <ProvinceQuotaSummary code={code} name={name} /> : <CurrentQuota code={code} name={name} />)}
      </Section>
      {province && (
        <Section title={t('regions.detail.plan')}>
          <ProvincePlan code={code} />
        </Section>
      )}
      <Section title={t('overview.tasks')}>
        <AudienceTasks audience={province ? 'province' : 'municipality'} />
      </Section>
      <Section title={t('overview.signals')}>
        <OwnSignals />
      </Section>
      {!province && (
        <Section title={t('regions.detail.fundingClosingSoon')}>
          <FundingClosingSoon audience="municipality" today={isoToday()} />
        </Section>
      )}
      <Section title={t('overview.milestones')}>
        <UpcomingMilestones />
      </Section>
    </>
  );
}
