import { type APIRequestContext, type Page, request } from 'playwright-core';
import { expect } from 'vitest';
import { BASE_URL } from './browser';

/** The password every demo account of the starting content shares (backend user/DemoAccounts). */
export const PASSWORD = 'demo-wachtwoord';

/** A person as a test signs in: the e-mail address and the name the header shows once signed in. */
export interface Person {
  email: string;
  name: string;
}

/** The demo accounts of the starting content, by what they do. */
export const DEMO = {
  admin: { email: 'admin@handreiking.test', name: 'Beheerder Handreiking (demo)' },
  editor: { email: 'redacteur@bzk.handreiking.test', name: 'Redacteur BZK (demo)' },
  support: { email: 'team@coa.handreiking.test', name: 'Ondersteuningsteam COA (demo)' },
  supportJenv: { email: 'team@jenv.handreiking.test', name: 'Ondersteuningsteam JenV (demo)' },
  utrecht: { email: 'gemeente.utrecht@handreiking.test', name: 'Gemeente Utrecht (demo)' },
  amsterdam: { email: 'gemeente.amsterdam@handreiking.test', name: 'Gemeente Amsterdam (demo)' },
  gelderland: { email: 'provincie.gelderland@handreiking.test', name: 'Provincie Gelderland (demo)' },
} as const satisfies Record<string, Person>;

/**
 * Fills in and sends the sign-in form on the current page, as a person would, and waits until the page has
 * moved on and the header names them (on a phone the name is in the closed menu: present, not visible).
 */
export async function submitSignIn(page: Page, who: Person, password = PASSWORD): Promise<void> {
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(who.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.waitForURL((url) => url.pathname !== '/aanmelden');
  await page.getByRole('banner').getByText(who.name, { exact: true }).waitFor({ state: 'attached' });
}

/** Opens the sign-in page, to come back to {@code path} afterwards when given, and signs in. */
export async function signIn(page: Page, who: Person, path?: string): Promise<void> {
  await page.goto(path ? `/aanmelden?terug=${encodeURIComponent(path)}` : '/aanmelden');
  await submitSignIn(page, who);
}

/** The API signed in as {@code who}, without a browser: for what a test prepares or checks. Dispose it after. */
export async function apiAs(
  who: Person,
): Promise<{ api: APIRequestContext; token: string; headers: Record<string, string> }> {
  const api = await request.newContext({ baseURL: BASE_URL });
  const session = await api.post('/api/v1/sessions', { data: { email: who.email, password: PASSWORD } });
  expect(session.status(), `signing in as ${who.email}`).toBe(201);
  const { accessToken } = (await session.json()) as { accessToken: string };
  return { api, token: accessToken, headers: { Authorization: `Bearer ${accessToken}` } };
}
