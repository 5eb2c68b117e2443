import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DownloadLink } from '@/components/DownloadLink';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { PLANS_EXPORT_URL } from '@/features/plan/api/exportProvincialPlans';
import { useProvincialPlans } from '@/features/plan/api/getProvincialPlans';
import { PlanTable } from '@/features/plan/components/PlanTable';

/** /provinciale-plannen — journey 5, public: which of the twelve provinces delivered their provincial plan. */
export function ProvincialPlansPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('plans.title'));
  const plans = useProvincialPlans();
  return (
    <>
      <Heading level={1}>{t('plans.title')}</Heading>
      <Paragraph>{t('plans.intro')}</Paragraph>
      {plans.error ? (
        <ProblemAlert error={plans.error} onRetry={() => void plans.refetch()} />
      ) : plans.data ? (
        <PlanTable plans={plans.data} />
      ) : (
        <Loading />
      )}
      <ul className="hr-link-row">
        <li>
          <DownloadLink href={PLANS_EXPORT_URL} fileName="provinciale-plannen.csv">
            {t('plans.export')}
          </DownloadLink>
        </li>
        <li>
          <RouterLink to="/agenda">{t('plans.agendaLink')}</RouterLink>
        </li>
        <li>
          <RouterLink to="/taakstelling">{t('agenda.monitorLink')}</RouterLink>
        </li>
      </ul>
    </>
  );
}
