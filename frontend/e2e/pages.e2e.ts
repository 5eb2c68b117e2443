import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserSuite, expectAccessible, screenshot, takeCspViolations } from './browser';

describe('every page loads real data and passes axe (WCAG 2.1 AA)', () => {
  const suite = browserSuite();
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  it('home shows the intro and the three domains', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const domains = page.getByRole('region', { name: 'Beleidsterreinen' }).getByRole('heading', { level: 3 });
    await domains.first().waitFor();
    expect(await domains.count()).toBe(3);
    const names = (await domains.allTextContents()).join(' | ');
    for (const name of ['Opvang', 'Huisvesting', 'Inburgering']) expect(names).toContain(name);
    expect(await page.title()).toBe('Handreiking');
    await screenshot(page, 'home');
    await expectAccessible(page);
  });

  it('runs under a strict Content-Security-Policy: an injected inline script is refused and reported', async () => {
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(takeCspViolations()).toEqual([]);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injectedRan = true;';
      document.body.appendChild(script);
    });
    await expect.poll(() => takeCspViolations().length).toBeGreaterThan(0);
    await page.waitForTimeout(300); // the console message of the same violation may come a moment later
    takeCspViolations();
    expect(await page.evaluate(() => (window as unknown as { __injectedRan?: boolean }).__injectedRan)).toBeUndefined();
  });

  it('organisations lists the support team members, marked', async () => {
    await page.goto('/organisaties');
    const table = page.getByRole('table', { name: 'Organisaties en hun rol' });
    await table.waitFor();
    const members = table.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Lid', exact: true }) });
    expect(await members.count()).toBeGreaterThanOrEqual(6);
    for (const abbreviation of ['JenV', 'BZK', 'SZW', 'VNG', 'IPO', 'COA']) {
      expect(await members.filter({ hasText: abbreviation }).count()).toBeGreaterThanOrEqual(1);
    }
    await screenshot(page, 'organisations');
    await expectAccessible(page);
  });

  it('regions shows all 364 regions, 20 to a page', async () => {
    await page.goto('/regios');
    await page.getByRole('table', { name: "Regio's, pagina 1 van 19" }).waitFor();
    await page.getByRole('status').filter({ hasText: '364' }).waitFor();
    expect(await page.getByRole('table').locator('tbody tr').count()).toBe(20);
    await screenshot(page, 'regions');
    await expectAccessible(page);
  });

  it('a municipality shows its province and population (CBS, 1 January 2020)', async () => {
    await page.goto('/regios/GM0363');
    await page.getByRole('heading', { level: 1, name: 'Amsterdam' }).waitFor();
    await page.getByText('Inwoners (CBS, 1 januari 2020)').waitFor();
    await page.getByText('872.757').waitFor();
    await page.getByRole('link', { name: 'Noord-Holland' }).waitFor();
    await screenshot(page, 'region-detail');
    await expectAccessible(page);
  });

  it('a province links to the list of its municipalities', async () => {
    await page.goto('/regios/PV21');
    await page.getByRole('heading', { level: 1, name: 'Fryslân' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Gemeenten in Fryslân' }).click();
    await page.getByRole('link', { name: 'Leeuwarden' }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/regios');
    expect(url.searchParams.get('province')).toBe('PV21');
    expect(url.searchParams.get('type')).toBe('municipality');
  });

  it('an unknown route shows the friendly not-found page', async () => {
    await page.goto('/bestaat-niet');
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    await screenshot(page, 'not-found');
    await expectAccessible(page);
  });

  it('a page whose code cannot be loaded says so inside the layout, and the next page opens', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.route(/\/assets\/OrganisationsPage-[^/]+\.js$/, (route) => route.abort());
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await menu.getByRole('link', { name: 'Organisaties' }).click();
    await page.getByRole('heading', { level: 1, name: 'Er ging iets mis' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Er ging iets mis');
    await screenshot(page, 'page-code-failed');
    await menu.getByRole('link', { name: "Regio's" }).click();
    await page.getByRole('heading', { level: 1, name: "Regio's" }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'Er ging iets mis' }).count()).toBe(0);
  });

  it('an unknown region code shows the problem detail from the API', async () => {
    await page.goto('/regios/GM9999');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.textContent())?.length).toBeGreaterThan(20);
    await screenshot(page, 'region-not-found');
    await expectAccessible(page);
  });
});
