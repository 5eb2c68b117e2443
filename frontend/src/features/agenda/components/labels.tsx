import { StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatEuro } from '@/lib/format';
import type { AgendaItem, AgendaStatus } from '@/features/agenda/api/agenda';

/** The action's status in words; the colour only repeats it. */
export function AgendaStatusBadge({ status }: { status: AgendaStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge className="hr-status-badge hr-agenda-status" data-status={status}>
      {t(`agenda.statuses.${status}`)}
    </StatusBadge>
  );
}

/** Done, open, or open past its date — in words, with a badge whose colour only repeats them. */
export function MilestoneState({ done, overdue }: { done: boolean; overdue: boolean }) {
  const { t } = useTranslation();
  const state = done ? 'done' : overdue ? 'overdue' : 'open';
  return (
    <StatusBadge className="hr-status-badge hr-milestone-state" data-state={state}>
      {t(`agenda.milestone.${state}`)}
    </StatusBadge>
  );
}

/** "€ 25.000.000", or "onbekend" when no amount is known. */
export function useFinancialText(): (item: Pick<AgendaItem, 'financialEur'>) => string {
  const { t } = useTranslation();
  return (item) =>
    item.financialEur === null || item.financialEur === undefined
      ? t('agenda.financialUnknown')
      : formatEuro(item.financialEur);
}
