import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserSuite, expectAccessible, screenshot } from './browser';
import { DEMO, apiAs, signIn } from './demo';

const OFFICIAL = DEMO.utrecht;

/** Unique per run, so the suite can run again against the same database. */
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A funding item the editor publishes through the API, closing two months from now (the starting content's close in 2021). */
async function openFunding(): Promise<{ id: string; title: string }> {
  const { api, headers } = await apiAs(DEMO.editor);
  const title = `Regeling om te volgen ${run}`;
  const closesOn = new Date(Date.now() + 60 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const created = await api.post('/api/v1/funding', {
    headers,
    data: {
      title,
      summary: `Een regeling om te volgen ${run}.`,
      domains: ['housing'],
      audiences: ['municipality'],
      organisationCodes: ['BZK'],
      closesOn,
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const published = await api.put(`/api/v1/funding/${id}/status`, {
    headers: { ...headers, 'If-Match': created.headers()['etag'] ?? '' },
    data: { status: 'published' },
  });
  expect(published.status()).toBe(200);
  await api.dispose();
  return { id, title };
}

describe('follow what matters: saved searches and closing-date reminders', () => {
  const suite = browserSuite();
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  it('an official saves a funding search with reminders, finds it under Mijn zoekopdrachten and switches them off', async () => {
    await signIn(page, OFFICIAL);
    await page.goto('/zoeken?kind=funding&q=huisvesting');
    await page.getByRole('status').filter({ hasText: 'resultaten' }).waitFor();
    await page.getByRole('button', { name: 'Bewaar deze zoekopdracht' }).click();
    const name = page.getByRole('textbox', { name: /Naam van de zoekopdracht/ });
    await name.fill(`Huisvesting ${run}`);
    await page.getByRole('radio', { name: 'Dagelijks' }).check();
    await page.getByRole('checkbox', { name: /Mail mij ook 14 en 3 dagen/ }).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByText(`Bewaard als ‘Huisvesting ${run}’`).waitFor();

    await page.getByRole('banner').getByRole('link', { name: 'Mijn zoekopdrachten' }).click();
    const item = page.getByRole('listitem', { name: `Huisvesting ${run}` });
    await item
      .getByText('U krijgt een herinnering 14 en 3 dagen voordat financiering uit deze zoekopdracht sluit.')
      .waitFor();
    await screenshot(page, 'saved-searches');
    await expectAccessible(page);
    await item.getByRole('button', { name: 'Herinneringen uitzetten' }).click();
    await item.getByText('Geen herinneringen aan sluitingsdatums.').waitFor();
    await item.getByRole('button', { name: 'Herinneringen aanzetten' }).waitFor();
  });

  it('an official follows a funding item from its page, sees it under Gevolgd and stops following it', async () => {
    const funding = await openFunding();
    await signIn(page, OFFICIAL);
    await page.goto(`/financiering/${funding.id}`);
    await page.getByRole('heading', { level: 1, name: funding.title }).waitFor();
    await page.getByRole('button', { name: 'Volg deze regeling' }).click();
    await page.getByText('U volgt deze regeling', { exact: false }).waitFor();

    await page.getByRole('banner').getByRole('link', { name: 'Gevolgd' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gevolgde regelingen' }).waitFor();
    const followed = page.getByRole('list', { name: 'Regelingen die u volgt' });
    await followed.getByRole('link', { name: funding.title }).waitFor();
    await expect(
      followed
        .getByText(/Sluit op/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, 'follows');
    await expectAccessible(page);

    await page.getByRole('button', { name: `Niet meer volgen: ${funding.title}` }).click();
    await followed.getByRole('link', { name: funding.title }).waitFor({ state: 'detached' });
  });

  it('a forged unsubscribe link says so, and stops nothing', async () => {
    await page.goto('/mail-afmelden/saved-search~AAAAAAAAAAAAAAAAAAAAAA~vervalst');
    await page.getByRole('heading', { level: 1, name: 'Afmelden voor e-mail' }).waitFor();
    await page.getByRole('alert').waitFor();
    await expect(page.getByRole('button', { name: 'Afmelden' }).count()).resolves.toBe(0);
    await expectAccessible(page);
  });
});
