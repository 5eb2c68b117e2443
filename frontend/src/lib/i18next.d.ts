import type { nl } from './locales/nl';
import type { nlPages } from './locales/nl.pages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl & typeof nlPages };
  }
}
