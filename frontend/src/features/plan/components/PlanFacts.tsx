import { DataList, DataListItem, DataListKey, DataListValue, Link } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNl } from '@/components/useNl';
import { formatDate, formatDateTime } from '@/lib/format';
import type { ProvincialPlan } from '@/features/plan/api/plan';
import { PlanStatusBadge, isWebAddress } from './labels';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

/** One province's plan: status, when it was asked for and delivered, the document, a note and the source. */
export function PlanFacts({ plan }: { plan: ProvincialPlan }) {
  const { t, i18n } = useTranslation();
  const lang = useNl();
  const date = (value: string | null | undefined) =>
    value ? <time dateTime={value}>{formatDate(value, i18n.language)}</time> : t('plans.unknownDate');
  return (
    <DataList className="hr-facts">
      <Fact label={t('plans.columns.status')}>
        <PlanStatusBadge status={plan.status} />
      </Fact>
      <Fact label={t('plans.columns.requestedOn')}>{date(plan.requestedOn)}</Fact>
      <Fact label={t('plans.columns.deliveredOn')}>{date(plan.deliveredOn)}</Fact>
      <Fact label={t('plans.columns.document')}>
        {isWebAddress(plan.documentUrl) ? (
          <Link href={plan.documentUrl}>{t('plans.documentLink', { province: plan.provinceName })}</Link>
        ) : (
          t('plans.noDocument')
        )}
      </Fact>
      {plan.note && (
        <Fact label={t('plans.columns.note')}>
          <span lang={lang}>{plan.note}</span>
        </Fact>
      )}
      {plan.source && (
        <Fact label={t('plans.columns.source')}>
          {isWebAddress(plan.source) ? (
            <Link href={plan.source}>{plan.source}</Link>
          ) : (
            <span lang={lang}>{plan.source}</span>
          )}
        </Fact>
      )}
      <Fact label={t('plans.columns.updatedAt')}>
        <time dateTime={plan.updatedAt}>{formatDateTime(plan.updatedAt, i18n.language)}</time>
      </Fact>
    </DataList>
  );
}
