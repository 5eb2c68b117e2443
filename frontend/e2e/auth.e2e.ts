import { type Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserSuite, expectAccessible, screenshot, tabTo } from './browser';
import { DEMO, PASSWORD, apiAs, submitSignIn } from './demo';

const DEMO_ACCOUNTS = [
  { ...DEMO.admin, role: 'Beheerder · BZK' },
  { ...DEMO.editor, role: 'Redacteur · BZK' },
  { ...DEMO.support, role: 'Ondersteuningsteam · COA' },
  { ...DEMO.supportJenv, role: 'Ondersteuningsteam · JENV' },
  { ...DEMO.utrecht, role: 'Gemeente · Utrecht' },
  { ...DEMO.amsterdam, role: 'Gemeente · Amsterdam' },
  { ...DEMO.gelderland, role: 'Provincie · Gelderland' },
] as const;

/** Where each role lands after signing in without a page to return to. */
const START_BY_ROLE = {
  Beheerder: '/beheer/gebruikers',
  Redacteur: '/redactie/opgaven', // editing opens on its first tab
  Ondersteuningsteam: '/signalen',
  Gemeente: '/mijn-overzicht',
  Provincie: '/mijn-overzicht',
} as const;
const ADMIN = DEMO_ACCOUNTS[0];

/** Unique per run, so the suite can run again against the same database. */
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

describe('signing in and out, and administration', () => {
  const suite = browserSuite();
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  const header = () => page.getByRole('banner');
  const mainNav = () => page.getByRole('navigation', { name: 'Hoofdmenu' });

  it.each(DEMO_ACCOUNTS)('$email signs in through the form and the header says who and for whom', async (account) => {
    await page.goto('/');
    await header().getByRole('link', { name: 'Aanmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await submitSignIn(page, account);
    await header().getByText(account.role, { exact: true }).waitFor();
    expect(await mainNav().getByRole('link', { name: 'Beheer' }).count()).toBe(account === ADMIN ? 1 : 0);
    // Each role lands where its work is.
    const start = Object.entries(START_BY_ROLE).find(([role]) => account.role.startsWith(role))?.[1];
    expect(new URL(page.url()).pathname).toBe(start);
    // The main menu fits one row at 1280 px, whoever is signed in.
    const tops = await mainNav()
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThan(8);
    expect(new Set(tops).size, 'rows of the main menu').toBe(1);
    if (account === ADMIN) await screenshot(page, 'header-signed-in');
    await expectAccessible(page);
  });

  it('the sign-in page shows the API’s refusal, and the session survives a reload (token in memory only)', async () => {
    await page.goto('/aanmelden');
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await screenshot(page, 'sign-in');
    await expectAccessible(page);

    // Empty fields are named in the error summary before anything is sent; it takes focus and links to each field.
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    const summary = page.getByRole('alert', { name: 'Er is een probleem' });
    await summary.getByRole('link', { name: 'Vul uw e-mailadres in.' }).waitFor();
    expect(await summary.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    expect(await page.getByRole('textbox', { name: 'E-mailadres' }).getAttribute('aria-invalid')).toBe('true');
    await summary.getByRole('link', { name: 'Vul uw wachtwoord in.' }).click();
    expect(await page.getByLabel('Wachtwoord').evaluate((element) => element === document.activeElement)).toBe(true);
    await expectAccessible(page);

    await signInFails(page, `onbekend-${run}@e2e.test`);
    await page.getByRole('alert').getByText('Het e-mailadres of het wachtwoord is onjuist', { exact: false }).waitFor();
    await screenshot(page, 'sign-in-refused');
    await expectAccessible(page);

    await submitSignIn(page, ADMIN);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }) + document.cookie);
    expect(stored).not.toMatch(/eyJ/);
    await page.reload();
    await header().getByText(ADMIN.name, { exact: true }).waitFor();
  });

  it('works with the keyboard alone: sign in with Tab and Enter, sign out the same way', async () => {
    await page.goto('/aanmelden');
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await tabTo(page, (element) => element.getAttribute('name') === 'email');
    await page.keyboard.type(DEMO_ACCOUNTS[1].email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await header().getByText(DEMO_ACCOUNTS[1].name, { exact: true }).waitFor();
    // the app moves focus to the next page's heading once it has navigated away from sign-in; tabbing
    // before that lands focus on the heading halfway, and Enter then presses nothing
    // An editor lands on /redactie, which forwards to /redactie/opgaven: wait for that last page, or its heading
    // takes focus halfway through the tabbing below (CI once pressed Enter on it instead of on sign-out).
    await page.waitForURL((url) => url.pathname === '/redactie/opgaven');
    await page.locator('main h1:focus').waitFor();
    await page.getByRole('table').first().waitFor();

    await tabTo(page, (element) => element.textContent?.trim() === 'Afmelden', { backwards: true, maxTabs: 30 });
    await page.keyboard.press('Enter');
    await header().getByRole('link', { name: 'Aanmelden' }).waitFor();
  });

  it('a protected page sends a signed-out reader to sign-in and back to the page afterwards', async () => {
    await page.goto('/beheer/auditlog');
    await page.getByText('Meld u aan om deze pagina te bekijken.').waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/aanmelden');
    expect(url.searchParams.get('terug')).toBe('/beheer/auditlog');
    await expectAccessible(page);

    await submitSignIn(page, ADMIN);
    await page.getByRole('table', { name: /Auditlog, pagina 1 van/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/beheer/auditlog');
    await expectAccessible(page);
  });

  it('a signed-in reader without the admin role gets a polite 403 page at /beheer', async () => {
    await page.goto('/aanmelden?terug=%2Fbeheer');
    await submitSignIn(page, DEMO.utrecht);
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    await page.getByText('Deze pagina is er alleen voor beheerders.', { exact: false }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/beheer');
    expect(await mainNav().getByRole('link', { name: 'Beheer' }).count()).toBe(0);
    await screenshot(page, 'forbidden');
    await expectAccessible(page);
  });

  it('signing out ends the session on the server too: after a reload the reader is still signed out', async () => {
    await page.goto('/aanmelden?terug=%2Fregios');
    await submitSignIn(page, DEMO.gelderland);
    await page.getByRole('table').waitFor();

    await header().getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('status').getByText('U bent afgemeld.').waitFor();
    await header().getByRole('link', { name: 'Aanmelden' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await header().getByText('Provincie Gelderland (demo)').count()).toBe(0);
    await expectAccessible(page);

    await page.goto('/regios');
    await page.getByRole('table').waitFor();
    await header().getByRole('link', { name: 'Aanmelden' }).waitFor();
    expect(await header().getByRole('button', { name: 'Afmelden' }).count()).toBe(0);
  });

  it('signing out on a protected page goes home with the notice while the home page still loads, not to sign-in', async () => {
    await page.goto('/aanmelden?terug=%2Fbeheer%2Fgebruikers');
    await submitSignIn(page, DEMO.admin);
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    // the home page's code arrives a second late, so the session ends while the protected page is still shown
    await page.route(/\/assets\/HomePage-[^/]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    const seen: string[] = [];
    page.on('framenavigated', (frame) => seen.push(new URL(frame.url()).pathname));

    await header().getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('status').getByText('U bent afgemeld.').waitFor();
    await page
      .getByRole('heading', { level: 1, name: 'Handreiking voor opvang, huisvesting en inburgering' })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(seen).not.toContain('/aanmelden');
  });

  it('an administrator creates an account (its HTML name shown as text), resets and deactivates it', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const email = `xss-${run}@e2e.test`;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    await page.goto('/aanmelden?terug=%2Fbeheer');
    await submitSignIn(page, ADMIN);
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByRole('table', { name: /Accounts, pagina 1 van/ }).waitFor();
    await page.getByRole('status').filter({ hasText: 'accounts gevonden' }).waitFor();
    await screenshot(page, 'admin-users');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Nieuw account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw account' }).waitFor();
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(email);
    await page.getByRole('textbox', { name: 'Naam' }).fill(name);
    await page.getByRole('combobox', { name: 'Rol' }).selectOption('municipality');
    await page.getByRole('textbox', { name: 'Code van de gemeente of provincie' }).fill('GM0344');
    await page.getByLabel('Eerste wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    const problems = page.getByRole('alert', { name: 'Er is een probleem' });
    await problems.getByRole('link', { name: /^Eerste wachtwoord moet minstens 12 tekens lang zijn/ }).click();
    expect(await page.getByLabel('Eerste wachtwoord').evaluate((element) => element === document.activeElement)).toBe(
      true,
    );
    expect(await page.getByLabel('Eerste wachtwoord').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'admin-new-user-errors');
    await expectAccessible(page);

    await page.getByLabel('Eerste wachtwoord').fill('paarse-kikkers-dansen-op-het-dak');
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.getByText('Het account is aangemaakt.').waitFor();
    const heading = page.getByRole('heading', { level: 1, name, exact: true });
    await heading.waitFor();
    expect(await heading.textContent()).toBe(name);
    expect(await heading.innerHTML()).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(await page.locator('main img').count()).toBe(0);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Wachtwoord opnieuw instellen' }).click();
    await page.getByRole('button', { name: 'Ja, tijdelijk wachtwoord maken' }).click();
    const temporary = page.locator('[data-secret]');
    await temporary.waitFor();
    expect((await temporary.textContent())?.length).toBeGreaterThanOrEqual(12);
    await page.getByText('Dit wachtwoord wordt maar één keer getoond.', { exact: false }).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Deactiveren' }).click();
    await page.getByText('Het account is gedeactiveerd.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Heractiveren' }).waitFor();
    await page.getByText('Gedeactiveerd', { exact: true }).waitFor();
    await expectAccessible(page);

    await page.goto(`/beheer/gebruikers?q=${encodeURIComponent(email)}`);
    const row = page.getByRole('table').getByRole('row').filter({ hasText: email });
    await row.getByRole('link', { name }).waitFor();
    await row.getByText('Gedeactiveerd').waitFor();
    expect(await page.locator('main img').count()).toBe(0);

    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Auditlog' }).click();
    const log = page.getByRole('table', { name: /Auditlog, pagina 1 van/ });
    await log
      .getByRole('row')
      .filter({ hasText: `Account ${email} gedeactiveerd` })
      .waitFor();
    await expectAccessible(page);
    expect(dialogs).toEqual([]);
  });

  it('an administrator creates an API client, sees its secret once, and revokes it after confirming', async () => {
    const name = `Zaaksysteem e2e ${run}`;
    await page.goto('/aanmelden?terug=%2Fbeheer%2Fapi-clients');
    await submitSignIn(page, ADMIN);
    await page.getByRole('heading', { level: 1, name: 'API-clients' }).waitFor();

    await page.getByRole('link', { name: 'Nieuwe API-client' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe API-client' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'API-client aanmaken' }).click();
    await page
      .getByRole('alert', { name: 'Er is een probleem' })
      .getByRole('link', { name: 'Scopes moet minstens één scope bevatten.' })
      .waitFor();
    await expectAccessible(page);

    await page.getByRole('textbox', { name: 'Naam van het systeem' }).fill(name);
    await page
      .getByRole('group', { name: 'Scopes' })
      .getByRole('checkbox', { name: /signals:write/ })
      .check();
    await page.getByRole('textbox', { name: /Code van de gemeente of provincie/ }).fill('GM0344');
    await page.getByRole('button', { name: 'API-client aanmaken' }).click();
    await page.getByRole('heading', { level: 2, name: 'API-client aangemaakt' }).waitFor();
    const secret = (await page.locator('[data-secret]').textContent()) ?? '';
    expect(secret.length).toBeGreaterThanOrEqual(20);
    await page.getByText('Het geheim wordt maar één keer getoond.', { exact: false }).waitFor();
    await screenshot(page, 'admin-api-client-secret');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Naar de API-clients' }).click();
    const row = page.getByRole('table').getByRole('row').filter({ hasText: name });
    await row.waitFor();
    expect(await page.locator('main').textContent()).not.toContain(secret);
    await row.getByRole('button', { name: `Intrekken ${name}` }).click();
    await row.getByRole('group').getByText(`Weet u zeker dat u ${name} wilt intrekken?`, { exact: false }).waitFor();
    await expectAccessible(page);
    await row.getByRole('button', { name: 'Ja, intrekken' }).click();
    await page.getByText(`API-client ${name} is ingetrokken.`).waitFor();
    await row.getByText(/Ingetrokken op/).waitFor();
    await expectAccessible(page);
  });

  it('an ended session leads to sign-in with a clear message, and back to the page after signing in again', async () => {
    // A fresh administrator signs in here; another administrator ends that session through the API.
    const { api, headers } = await apiAs(ADMIN); // the admin API, to prepare and to end another person's session
    const email = `verloopt-${run}@e2e.test`;
    const name = `Sessie verloopt ${run}`;
    const created = await api.post('/api/v1/users', {
      headers,
      data: {
        email,
        displayName: name,
        role: 'admin',
        organisationCode: 'BZK',
        password: 'paarse-kikkers-dansen-op-het-dak',
      },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };

    await page.goto('/aanmelden?terug=%2Fbeheer%2Fgebruikers');
    await submitSignIn(page, { email, name }, 'paarse-kikkers-dansen-op-het-dak');
    await page.getByRole('table', { name: /Accounts, pagina 1 van/ }).waitFor();

    // Resetting the password ends every session of the account: the token in memory and the refresh cookie.
    const reset = await api.post(`/api/v1/users/${id}/password-resets`, { headers });
    expect(reset.status()).toBe(201);
    const { temporaryPassword } = (await reset.json()) as { temporaryPassword: string };
    await suite.context.clearCookies();
    await api.dispose();

    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Auditlog' }).click();
    await page.getByText('Uw sessie is verlopen. Meld u opnieuw aan.').waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/aanmelden');
    expect(url.searchParams.get('terug')).toBe('/beheer/auditlog');
    expect(await header().getByText(name).count()).toBe(0);
    await screenshot(page, 'session-expired');
    await expectAccessible(page);

    await submitSignIn(page, { email, name }, temporaryPassword);
    await page.getByRole('table', { name: /Auditlog, pagina 1 van/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/beheer/auditlog');
  });
});

/** One failed attempt with an unknown address: it counts once towards this address's throttling. */
async function signInFails(page: Page, email: string): Promise<void> {
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill('niet-het-wachtwoord');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}
