import { createInstance } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { nl } from './locales/nl';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'handreiking.language';

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

function readStoredLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : 'nl';
  } catch {
    return 'nl';
  }
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
}

const i18n = createInstance();

/** Dutch first, English second; the choice is remembered in localStorage and set on <html lang>. */
export function initI18n(): typeof i18n {
  if (!i18n.isInitialized) {
    i18n.on('languageChanged', applyLanguage);
    void i18n.use(initReactI18next).init({
      resources: { nl: { translation: nl }, en: { translation: en } },
      lng: readStoredLanguage(),
      fallbackLng: 'nl',
      supportedLngs: LANGUAGES,
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    document.documentElement.lang = i18n.language;
  }
  return i18n;
}

/** The UI's language now: what the API is asked to answer in. Dutch before i18n has started. */
export function activeLanguage(): Language {
  return currentLanguage(i18n.language ?? 'nl');
}

export function currentLanguage(language: string): Language {
  return isLanguage(language) ? language : 'nl';
}
