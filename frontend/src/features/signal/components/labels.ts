import { useTranslation } from 'react-i18next';
import { useSignalThemes } from '@/features/signal/api/getSignalThemes';
import type { SignalTheme } from '@/features/signal/api/signal';

/** A theme's name in the reader's language; a code the list does not know is shown as it is. */
export function themeName(themes: readonly SignalTheme[] | undefined, code: string, language: string): string {
  const theme = themes?.find((candidate) => candidate.code === code);
  if (!theme) return code;
  return language === 'en' ? theme.nameEn : theme.name;
}

/** A theme's help text in the reader's language. */
export function themeDescription(theme: SignalTheme, language: string): string {
  return language === 'en' ? theme.descriptionEn : theme.description;
}

/** Theme names from GET /signal-themes (cached for the session), in the reader's language. */
export function useThemeName(): (code: string) => string {
  const { i18n } = useTranslation();
  const themes = useSignalThemes();
  return (code) => themeName(themes.data, code, i18n.language);
}

/** A file size in words: 48 kB, 1,2 MB. */
export function formatFileSize(bytes: number, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(kb)} kB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(kb / 1024)} MB`;
}
