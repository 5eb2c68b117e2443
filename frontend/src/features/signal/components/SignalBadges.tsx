import { StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { SignalStatus } from '@/features/signal/api/signal';

/** The status in words; the colour (set per status in the styles) only repeats it. */
export function SignalStatusBadge({ status }: { status: SignalStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge className="hr-status-badge hr-signal-status" data-status={status}>
      {t(`signals.statuses.${status}`)}
    </StatusBadge>
  );
}

/** "Te laat": the answer date has passed while the signal still waits for an answer. */
export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <StatusBadge status="danger" className="hr-status-badge hr-signal-overdue">
      {t('signals.overdue')}
    </StatusBadge>
  );
}

/** "Voorbeeld": an example signal of the demo content, not a real report. */
export function ExampleBadge() {
  const { t } = useTranslation();
  return (
    <StatusBadge className="hr-status-badge hr-signal-example" title={t('signals.exampleTitle')}>
      {t('signals.example')}
    </StatusBadge>
  );
}
