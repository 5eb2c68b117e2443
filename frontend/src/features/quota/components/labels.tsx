import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '@/lib/format';
import { periodParts } from './quotaFigures';

/** "2022-H1" in words: "1e halfjaar 2022", "first half of 2022". */
export function periodName(period: string, t: TFunction): string {
  const parts = periodParts(period);
  return parts ? t(`quota.halves.${parts.half}`, { year: parts.year }) : period;
}

export function usePeriodName(): (period: string) => string {
  const { t } = useTranslation();
  return (period) => periodName(period, t);
}

/** Arrears in words, not by sign alone: "achterstand 37", "voorsprong 12", "0"; "onbekend" when unknown. */
export function arrearsText(value: number | null | undefined, t: TFunction, language: string): string {
  if (value === null || value === undefined) return t('quota.unknown');
  if (value > 0) return t('quota.behind', { count: formatNumber(value, language) });
  if (value < 0) return t('quota.ahead', { count: formatNumber(-value, language) });
  return formatNumber(0, language);
}

export function numberText(value: number | null | undefined, t: TFunction, language: string): string {
  return value === null || value === undefined ? t('quota.unknown') : formatNumber(value, language);
}

export function shareText(value: number | null | undefined, t: TFunction, language: string): string {
  return value === null || value === undefined ? t('quota.unknown') : formatPercent(value, language);
}

/**
 * A figure that may be an estimate: "≈" in front, which the legend explains, and "schatting" for screen
 * readers (the sign alone would be read as "almost equal to"). It takes the table's `t` like the figures' texts
 * above: a table has five figures in each of 352 rows, and every component that calls useTranslation copies the
 * i18next instance when it mounts (react-i18next 17), 2,200 copies for the quota monitor's table.
 */
export function Estimated({ estimated, t, children }: { estimated: boolean; t: TFunction; children: ReactNode }) {
  if (!estimated) return <>{children}</>;
  return (
    <span className="hr-estimate">
      <span className="hr-estimate__mark" aria-hidden="true">
        ≈
      </span>
      <span className="hr-visually-hidden">{t('quota.estimate')}: </span>
      {children}
    </span>
  );
}

/** The sentence that explains "≈"; shown once near every map, table or list of figures. */
export function EstimateNote() {
  const { t } = useTranslation();
  return (
    <p className="utrecht-paragraph hr-note hr-estimate-note">
      <span className="hr-estimate__mark" aria-hidden="true">
        ≈
      </span>{' '}
      {t('quota.estimateNote')}
    </p>
  );
}
