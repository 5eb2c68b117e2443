import { Link, StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '@/features/catalogue/components/ItemFacts';
import { type Funding, fundingCalendarUrl } from '@/lib/catalogue';
import { formatDate, formatEuro } from '@/lib/format';

const APPEARANCE: Record<Funding['windowStatus'], string> = {
  open: 'active',
  upcoming: 'warning',
  closed: 'inactive',
  unknown: 'neutral',
};

/**
 * Open, closed, not yet open or unknown — as the API says for today: open only with a known closing date
 * still ahead or for a standing (open-ended) scheme; without a known window it is unknown, never open.
 */
export function WindowBadge({ funding }: { funding: Pick<Funding, 'windowStatus'> }) {
  const { t } = useTranslation();
  const state = funding.windowStatus;
  return (
    <StatusBadge status={APPEARANCE[state]} className="hr-status-badge" data-window={state}>
      {t(`funding.window.${state}`)}
    </StatusBadge>
  );
}

/** "27 mei 2021 tot en met 11 juni 2021", or what is known of it: a standing scheme, a past one, or unknown. */
export function useWindowText(funding: Pick<Funding, 'opensOn' | 'closesOn' | 'openEnded' | 'windowEnded'>): string {
  const { t, i18n } = useTranslation();
  const period = formatPeriod(funding.opensOn, funding.closesOn, t, i18n.language);
  if (!funding.closesOn && funding.openEnded) return [period, t('funding.openEnded')].filter(Boolean).join(' · ');
  if (!funding.closesOn && funding.windowEnded) return [period, t('funding.ended')].filter(Boolean).join(' · ');
  return period ?? t('funding.window.unknown');
}

/** "Sluit op 11 juni 2021", "Doorlopende regeling", "Voorbij" or "Sluitingsdatum onbekend". */
export function useClosingText(funding: Pick<Funding, 'closesOn' | 'openEnded' | 'windowEnded'>): string {
  const { t, i18n } = useTranslation();
  if (funding.closesOn) return t('funding.closesOn', { date: formatDate(funding.closesOn, i18n.language) });
  if (funding.openEnded) return t('funding.openEnded');
  return funding.windowEnded ? t('funding.ended') : t('funding.noClosingDate');
}

/** The amount that matters most to an applicant: per applicant, else the total budget. */
export function useAmountText(funding: Pick<Funding, 'amountPerApplicantEur' | 'totalBudgetEur'>): string | undefined {
  const { t } = useTranslation();
  if (funding.amountPerApplicantEur != null)
    return t('funding.perApplicant', { amount: formatEuro(funding.amountPerApplicantEur) });
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
