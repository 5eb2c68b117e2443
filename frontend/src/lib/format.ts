const locales: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * Intl's formatters are costly to make and the quota table formats hundreds of cells: one per language (or per
 * number of decimals), made when first asked for.
 */
function madeOnce<K, T>(make: (key: K) => T): (key: K) => T {
  const made = new Map<K, T>();
  return (key) => {
    let formatter = made.get(key);
    if (formatter === undefined) {
      formatter = make(key);
      made.set(key, formatter);
    }
    return formatter;
  };
}

const localeOf = (language: string) => locales[language] ?? 'nl-NL';
const numberFormat = madeOnce((language: string) => new Intl.NumberFormat(localeOf(language)));
const dateTimeFormat = madeOnce(
  (language: string) =>
    new Intl.DateTimeFormat(localeOf(language), {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Amsterdam',
    }),
);
const dateFormat = madeOnce(
  (language: string) => new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeZone: 'UTC' }),
);
const waitFormat = madeOnce(
  (language: string) => new Intl.RelativeTimeFormat(localeOf(language), { numeric: 'always' }),
);
const percentFormat = madeOnce(
  (language: string) => new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 0 }),
);
const euroFormat = madeOnce(
  (decimals: number) =>
    new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: decimals }),
);

/** Formats a whole number the way the reader's language writes it (872.757 or 872,757). */
export function formatNumber(value: number, language: string): string {
  return numberFormat(language).format(value);
}

/** A moment as the reader's language writes it, in Dutch time (12 feb. 2021 09:30). */
export function formatDateTime(value: string, language: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dateTimeFormat(language).format(date);
}

/** A wait in words, rounded up to whole minutes from a minute on: "over 30 seconden", "in 2 minutes". */
export function formatWait(seconds: number, language: string): string {
  const format = waitFormat(language);
  return seconds < 60
    ? format.format(Math.max(1, Math.ceil(seconds)), 'second')
    : format.format(Math.ceil(seconds / 60), 'minute');
}

/** A calendar day (ISO date) as the reader's language writes it: 11 juni 2021, 11 June 2021. */
export function formatDate(value: string, language: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!year || !month || !day) return value;
  return dateFormat(language).format(new Date(Date.UTC(year, month - 1, day)));
}

/** An amount in euro, always in Dutch notation (€ 1.000.000), as the regulations write it. */
export function formatEuro(value: number): string {
  return euroFormat(Number.isInteger(value) ? 0 : 2).format(value);
}

/** A share (0..1, sometimes above 1) as a whole percentage in the reader's language: 87%, 112%. */
export function formatPercent(share: number, language: string): string {
  return percentFormat(language).format(share);
}

/** The site a link goes to, without "www.": "rijksoverheid.nl"; the text as it is when it is no URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
