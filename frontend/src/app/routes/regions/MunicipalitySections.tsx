import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { useSession } from '@/features/session/useSession';
import { FundingClosingSoon } from '@/features/catalogue/funding/FundingClosingSoon';
import { useQuotaHistory } from '@/features/quota/api/getQuotaHistory';
import { toMonitorParams } from '@/features/quota/api/monitorSearch';
import { QuotaHistory } from '@/features/quota/components/QuotaHistory';
import { useOpenSignals } from '@/features/signal/api/getOpenSignals';
import { SignalTable } from '@/features/signal/components/SignalTable';
import { isoToday } from '@/lib/catalogue';
import { Section } from '@/components/Section';

/** A municipality's quota per half year: chart and table. */
export function MunicipalityQuota({
  code,
  name,
  provinceCode,
}: {
  code: string;
  name: string;
  provinceCode?: string | null;
}) {
  const { t } = useTranslation();
  const history = useQuotaHistory(code);
  if (history.error)
    return <ProblemAlert error={history.error} headingLevel={3} onRetry={() => void history.refetch()} />;
  if (history.isPending) return <Loading />;
  return (
    <>
      <QuotaHistory history={history.data} name={name} />
      <Paragraph>
        <RouterLink to={`/taakstelling?${toMonitorParams({ period: '', province: provinceCode ?? '' }).toString()}`}>
          {t('quota.monitorLink')}
        </RouterLink>
      </Paragraph>
    </>
  );
}

/** The open signals of the signed-in region, most urgent first, with the links to all of them and to submit one. */
export function OwnSignals({ limit = 5 }: { limit?: number }) {
  const { t } = useTranslation();
  const signals = useOpenSignals(limit);
  return (
    <>
      {signals.error ? (
        <ProblemAlert error={signals.error} headingLevel={3} onRetry={() => void signals.refetch()} />
      ) : signals.isPending ? (
        <Loading />
      ) : (
        <>
          <Paragraph>{t('overview.openSignals', { count: signals.data.open.totalItems })}</Paragraph>
          {signals.data.open.items.length > 0 && (
            <SignalTable signals={signals.data.open} support={false} caption={t('overview.openSignalsCaption')} />
          )}
        </>
      )}
      <ul className="hr-link-row">
        <li>
          <RouterLink to="/signalen">{t('overview.allSignals')}</RouterLink>
        </li>
        <li>
          <RouterLink to="/signalen/nieuw">{t('signals.submitLink')}</RouterLink>
        </li>
      </ul>
    </>
  );
}

/**
 * What a municipality page adds to the facts: its quota per half year; its signals, only for that
 * municipality itself; and funding open to municipalities that closes soon.
 */
export function MunicipalitySections({
  code,
  name,
  provinceCode,
}: {
  code: string;
  name: string;
  provinceCode?: string | null;
}) {
  const { t } = useTranslation();
  const { caller } = useSession();
  const own = caller?.role === 'municipality' && caller.regionCode === code;
  return (
    <>
      <Section title={t('regions.detail.quotaHistory')}>
        <MunicipalityQuota code={code} name={name} provinceCode={provinceCode} />
      </Section>
      {own && (
        <Section title={t('regions.detail.ownSignals')}>
          <OwnSignals />
        </Section>
      )}
      <Section title={t('regions.detail.fundingClosingSoon')}>
        <FundingClosingSoon audience="municipality" today={isoToday()} />
      </Section>
    </>
  );
}
