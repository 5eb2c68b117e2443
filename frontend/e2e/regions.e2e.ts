import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserSuite, expectAccessible, screenshot } from './browser';

describe('regions search and paging', () => {
  const suite = browserSuite();
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  const searchParams = () => new URL(page.url()).searchParams;

  it('finds Fryslân without the accent, puts the search in the URL and keeps it on reload', async () => {
    await page.goto('/regios');
    await page.getByRole('table').waitFor();

    await page.getByRole('searchbox', { name: 'Naam' }).fill('fryslan');
    await page.getByRole('combobox', { name: 'Soort' }).selectOption('province');
    await page.getByRole('button', { name: 'Zoeken' }).click();

    const province = page.getByRole('table').getByRole('link', { name: 'Fryslân', exact: true });
    await province.waitFor();
    expect(searchParams().get('q')).toBe('fryslan');
    expect(searchParams().get('type')).toBe('province');
    await screenshot(page, 'regions-search');
    await expectAccessible(page);

    await page.reload();
    await province.waitFor();
    expect(await page.getByRole('searchbox', { name: 'Naam' }).inputValue()).toBe('fryslan');
    expect(await page.getByRole('combobox', { name: 'Soort' }).inputValue()).toBe('province');
  });

  it('finds the Frisian municipalities whose names hold "fryslân"', async () => {
    await page.goto('/regios?q=fryslan&type=municipality');
    await page.getByRole('link', { name: 'Súdwest-Fryslân' }).waitFor();
    await page.getByRole('link', { name: 'Noardeast-Fryslân' }).waitFor();
  });

  it('pages with next, page numbers and previous; the URL holds the page', async () => {
    await page.goto('/regios');
    await page.getByRole('table', { name: "Regio's, pagina 1 van 19" }).waitFor();
    const paging = page.getByRole('navigation', { name: 'Paginering' });

    await paging.getByRole('link', { name: 'Volgende' }).click();
    await page.getByRole('table', { name: "Regio's, pagina 2 van 19" }).waitFor();
    expect(searchParams().get('page')).toBe('2');

    await paging.getByRole('link', { name: 'Pagina 19' }).click();
    await page.getByRole('table', { name: "Regio's, pagina 19 van 19" }).waitFor();
    expect(await page.getByRole('table').locator('tbody tr').count()).toBe(4);
    expect(await paging.getByRole('link', { name: 'Volgende' }).count()).toBe(0);

    await page.reload();
    await page.getByRole('table', { name: "Regio's, pagina 19 van 19" }).waitFor();

    await paging.getByRole('link', { name: 'Vorige' }).click();
    await page.getByRole('table', { name: "Regio's, pagina 18 van 19" }).waitFor();
    expect(searchParams().get('page')).toBe('18');
    await expectAccessible(page);
  });
});
