import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { RouterLink } from '../../../components/RouterLink';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useAgendaItems } from '../../../features/agenda/api/getAgendaItems';
import { MilestoneTimeline } from '../../../features/agenda/components/MilestoneTimeline';
import { openMilestones } from '../../../features/agenda/components/milestones';
import { useSession } from '../../../features/auth/session/useSession';
import { FundingClosingSoon } from '../../../features/funding/components/FundingClosingSoon';
import { useLatestProvinceQuotas } from '../../../features/quota/api/getLatestProvinceQuotas';
import { useQuotaHistory } from '../../../features/quota/api/getQuotaHistory';
import { EstimateNote, usePeriodName } from '../../../features/quota/components/labels';
import { MostBehindTable } from '../../../features/quota/components/MostBehindTable';
import { QuotaFacts } from '../../../features/quota/components/QuotaFacts';
import { QuotaTotalsTable } from '../../../features/quota/components/QuotaTotalsTable';
import { useRegion } from '../../../features/region/api/getRegion';
import { isoToday } from '../../../lib/catalogue';
import { ProvincePlan } from '../regions/ProvinceSections';
import { OwnSignals } from '../regions/MunicipalitySections';
import { Section } from '../Section';

export const MY_OVERVIEW_PATH = '/mijn-overzicht';

/** The municipality's figures for its newest half year: target, realised, arrears or lead. */
function CurrentQuota({ code, name }: { code: string; name: string }) {
  const { t } = useTranslation();
  const periodName = usePeriodName();
  const history = useQuotaHistory(code);
  if (history.error) return <ProblemAlert error={history.error} headingLevel={3} onRetry={() => void history.refetch()} />;
  if (history.isPending) return <Loading />;
  const latest = history.data.at(-1);
  if (!latest) return <Paragraph>{t('quota.none', { name })}</Paragraph>;
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
      <QuotaTotalsTable totals={{ period, country, provinces: [total] }} province={code} caption={t('quota.totals.caption', { period: periodName(period) })} />
      <Heading level={3}>{t('overview.mostBehind')}</Heading>
      <MostBehindTable quotas={quotas} caption={t('overview.mostBehindCaption', { name, period: periodName(period) })} />
      <EstimateNote />
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
 * /mijn-overzicht — the start page of a municipality or province: its quota, its open signals, what
 * funding closes soon (municipalities), its plan (provinces) and the agenda's next milestones.
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
      <Paragraph appearance="lead">{t(province ? 'overview.introProvince' : 'overview.introMunicipality', { name })}</Paragraph>
      {region.error && <ProblemAlert error={region.error} onRetry={() => void region.refetch()} />}
      <Section title={t(province ? 'overview.quotaProvince' : 'overview.quota')}>
        {code && (province ? <ProvinceQuotaSummary code={code} name={name} /> : <CurrentQuota code={code} name={name} />)}
      </Section>
      {province && (
        <Section title={t('regions.detail.plan')}>
          <ProvincePlan code={code} />
        </Section>
      )}
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
