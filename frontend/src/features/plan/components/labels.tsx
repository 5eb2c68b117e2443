import { StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { PlanStatus } from '@/features/plan/api/plan';

/** The plan's status in words; the colour only repeats it. */
export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge className="hr-status-badge hr-plan-status" data-status={status}>
      {t(`plans.statuses.${status}`)}
    </StatusBadge>
  );
}

/** A link only to a web address; other text (a source described in words) stays text. */
export function isWebAddress(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^https?:\/\//.test(value);
}
