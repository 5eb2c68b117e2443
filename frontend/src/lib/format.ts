const locales: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Formats a whole number the way the reader's language writes it (872.757 or 872,757). */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(locales[language] ?? 'nl-NL').format(value);
}
