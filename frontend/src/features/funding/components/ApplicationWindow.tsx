import { Link, StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../../../components/catalogue/ItemFacts';
import { type ApplicationWindow as Window, type Funding, applicationWindow, fundingCalendarUrl, isoToday } from '../../../lib/catalogue';
import { formatDate, formatEuro } from '../../../lib/format';

const APPEARANCE: Record<Exclude<Window, 'unknown'>, string> = { open: 'active', upcoming: 'warning', closed: 'inactive' };

/** Open, closed or not yet open — relative to today — in words; nothing when no date is known. */
export function WindowBadge({ funding, today = isoToday() }: { funding: Pick<Funding, 'opensOn' | 'closesOn'>; today?: string }) {
  const { t } = useTranslation();
  const state = applicationWindow(funding.opensOn, funding.closesOn, today);
  if (state === 'unknown') return null;
  return (
    <StatusBadge status={APPEARANCE[state]} className="hr-status-badge" data-window={state}>
      {t(`funding.window.${state}`)}
    </StatusBadge>
  );
}

/** "27 mei 2021 tot en met 11 juni 2021", or what is known of it. */
export function useWindowText(funding: Pick<Funding, 'opensOn' | 'closesOn'>): string {
  const { t, i18n } = useTranslation();
  return formatPeriod(funding.opensOn, funding.closesOn, t, i18n.language) ?? t('funding.window.unknown');
}

/** "Sluit op 11 juni 2021" or "Geen sluitingsdatum". */
export function useClosingText(funding: Pick<Funding, 'closesOn'>): string {
  const { t, i18n } = useTranslation();
  return funding.closesOn ? t('funding.closesOn', { date: formatDate(funding.closesOn, i18n.language) }) : t('funding.noClosingDate');
}

/** The amount that matters most to an applicant: per applicant, else the total budget. */
export function useAmountText(funding: Pick<Funding, 'amountPerApplicantEur' | 'totalBudgetEur'>): string | undefined {
  const { t } = useTranslation();
  if (funding.amountPerApplicantEur != null) return t('funding.perApplicant', { amount: formatEuro(funding.amountPerApplicantEur) });
  if (funding.totalBudgetEur != null) return t('funding.budget', { amount: formatEuro(funding.totalBudgetEur) });
  return undefined;
}

/** "Zet in agenda": the closing date as an .ics file; only when there is a closing date. */
export function CalendarLink({ funding }: { funding: Pick<Funding, 'id' | 'title' | 'closesOn'> }) {
  const { t } = useTranslation();
  if (!funding.closesOn) return null;
  return (
    <Link
      href={fundingCalendarUrl(funding.id)}
      download={`financiering-${funding.id}.ics`}
      aria-label={t('funding.addToCalendarNamed', { title: funding.title })}
    >
      {t('funding.addToCalendar')}
    </Link>
  );
}
