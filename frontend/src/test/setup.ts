import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { initI18n, pageTexts } from '@/lib/i18n';
import { sessionStore } from '@/lib/session';

// Pages are lazily loaded chunks: the first render of a page in a test file waits for its module to be
// transformed, which on a loaded machine takes longer than the default second of `findBy…`.
configure({ asyncUtilTimeout: 15_000 });

beforeEach(async () => {
  localStorage.clear();
  await initI18n().changeLanguage('nl');
  await pageTexts(); // in the app every page awaits them (routes.tsx); here components are rendered on their own too
  localStorage.clear();
  // As in a browser that signed in before: the app tries to restore a session on start (tests stub the answer).
  localStorage.setItem('handreiking.hadSession', '1');
});

afterEach(() => {
  cleanup();
  sessionStore.reset();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
