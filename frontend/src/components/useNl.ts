import { useTranslation } from 'react-i18next';

/**
 * The catalogue's content is written in Dutch. When the interface is English, content gets lang="nl"
 * so a screen reader pronounces it right; in Dutch the page language already says so.
 */
export function useNl(): 'nl' | undefined {
  const { i18n } = useTranslation();
  return i18n.language === 'nl' ? undefined : 'nl';
}
