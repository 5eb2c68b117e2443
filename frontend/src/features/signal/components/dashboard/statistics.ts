import type { SignalCount, SignalStatistics } from '@/features/signal/api/signal';

/** The figures behind "signals per theme per month", as the chart and the table both show them. */
export interface MonthThemeTable {
  /** The themes in the API's order: the table's columns, the small multiples' order. */
  themes: { key: string; label: string }[];
  /** One row per month of the period, with a count per theme (in the order of `themes`) and the month's total. */
  rows: { month: string; counts: number[]; total: number }[];
  /** Per theme, the sum over all months. */
  themeTotals: number[];
  /** All signals in the period. */
  total: number;
}

/**
 * Derives the month × theme table from the statistics. Themes come from byTheme (all of them, also
 * those without signals); a theme a month does not mention counts 0; the totals are sums of the rows,
 * so chart, table and totals can never disagree.
 */
export function monthThemeTable(statistics: Pick<SignalStatistics, 'byTheme' | 'byMonth'>): MonthThemeTable {
  const themes = statistics.byTheme.map(({ key, label }) => ({ key, label }));
  for (const month of statistics.byMonth) {
    for (const count of month.byTheme) {
      if (!themes.some((theme) => theme.key === count.key)) themes.push({ key: count.key, label: count.label });
    }
  }
  const rows = statistics.byMonth.map((month) => {
    const counts = themes.map((theme) => month.byTheme.find((count) => count.key === theme.key)?.count ?? 0);
    return { month: month.month, counts, total: counts.reduce((sum, count) => sum + count, 0) };
  });
  const themeTotals = themes.map((_, index) => rows.reduce((sum, row) => sum + (row.counts[index] ?? 0), 0));
  return { themes, rows, themeTotals, total: themeTotals.reduce((sum, count) => sum + count, 0) };
}

/** The highest count of any theme in any month: one scale for all small multiples, so they compare. */
export function highestMonthThemeCount(table: MonthThemeTable): number {
  return Math.max(0, ...table.rows.flatMap((row) => row.counts));
}

/** How the answers came: on time, late, the share on time (0..1, null without answers) and the median. */
export interface Timeliness {
  answered: number;
  onTime: number;
  late: number;
  share: number | null;
  medianWorkingDays: number | null;
}

export function timeliness(
  statistics: Pick<SignalStatistics, 'answered' | 'answeredOnTime' | 'onTimeShare' | 'medianWorkingDaysToAnswer'>,
): Timeliness {
  const answered = statistics.answered;
  const onTime = Math.min(statistics.answeredOnTime, answered);
  return {
    answered,
    onTime,
    late: answered - onTime,
    share: answered > 0 ? (statistics.onTimeShare ?? onTime / answered) : null,
    medianWorkingDays: statistics.medianWorkingDaysToAnswer ?? null,
  };
}

/** The sum of counts (the province and status tables' total row). */
export function sumOf(counts: readonly SignalCount[]): number {
  return counts.reduce((sum, count) => sum + count.count, 0);
}

/** "2026-03" as the reader's language writes the month: "maart 2026" (long) or "mrt" (short, without the year). */
export function formatMonth(month: string, language: string, style: 'long' | 'short' = 'long'): string {
  const [year, number] = month.split('-').map(Number);
  if (!year || !number) return month;
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  const options: Intl.DateTimeFormatOptions =
    style === 'long' ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(new Date(Date.UTC(year, number - 1, 1))).replace('.', '');
}

/** A share (0..1) as a whole percentage in the reader's language: 67%, 67 %. */
export function formatShare(share: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);
}

/** A number of working days with at most one decimal: 6,5 or 6.5. */
export function formatDays(days: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(days);
}
