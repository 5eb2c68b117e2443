import { type BackendModule, createInstance } from 'i18next';
import { initReactI18next } from 'react-i18next';
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

/**
 * Dutch is in the first bundle; English is its own chunk, fetched only when it is chosen (on the switch, or at
 * start when it was stored), so a Dutch reader downloads one language.
 */
const otherLanguages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    if (language !== 'en') {
      callback(null, {}); // a code that is not ours: nothing to load, Dutch is the fallback
      return;
    }
    import('./locales/en').then(
      ({ en }) => callback(null, en),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

let pageTextsLoaded: Promise<void> | undefined;

/**
 * The pages' Dutch texts, a chunk of their own so the first bundle holds only the frame's: asked for when i18n
 * starts, so it arrives beside the first page's code, and awaited by every page before it renders (routes.tsx).
 * Dutch is the fallback of English too, so it is loaded whatever the language.
 */
export function pageTexts(): Promise<void> {
  pageTextsLoaded ??= import('./locales/nl.pages').then(
    ({ nlPages }) => {
      i18n.addResourceBundle('nl', 'translation', nlPages, true, false);
    },
    (error: unknown) => {
      pageTextsLoaded = undefined; // the next page asks again, rather than failing for good after one lost request
      throw error;
    },
  );
  return pageTextsLoaded;
}

/** Dutch first, English second; the choice is remembered in localStorage and set on <html lang>. */
export function initI18n(): typeof i18n {
  if (!i18n.isInitialized) {
    i18n.on('languageChanged', applyLanguage);
    void i18n
      .use(otherLanguages)
      .use(initReactI18next)
      .init({
        resources: { nl: { translation: nl } },
        partialBundledLanguages: true,
        lng: readStoredLanguage(),
        fallbackLng: 'nl',
        supportedLngs: LANGUAGES,
        interpolation: { escapeValue: false },
        initAsync: false,
        // Until English has arrived the texts stay Dutch, rather than the page suspending.
        react: { useSuspense: false },
      });
    document.documentElement.lang = i18n.language;
    pageTexts().catch(() => undefined); // early, beside the first page's code; a page that awaits it shows a failure
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
