import { type Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserSuite, expectAccessible, screenshot } from './browser';
import { DEMO, apiAs, signIn } from './demo';

const EDITOR = DEMO.editor;
const SUPPORT = DEMO.support;

/** Unique per run, so the suite can run again against the same database. */
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

describe('journey 5: the implementation agenda', () => {
  const suite = browserSuite();
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  it('shows the milestone "Eerste versie IUA" on 1 April 2021, in date order, with its action, owner and state in words', async () => {
    await page.goto('/agenda');
    await page.getByRole('heading', { level: 1, name: 'Integrale Uitvoeringsagenda' }).waitFor();
    const milestones = page.getByRole('region', { name: 'Mijlpalen' });
    const first = milestones
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: '1 april 2021: Eerste versie IUA' }) });
    await first.waitFor();
    await first.getByRole('link', { name: 'Eerste versie Integrale Uitvoeringsagenda' }).waitFor();
    await first.getByText('Eigenaar: Landelijke Regietafel Migratie & Integratie').waitFor();
    expect(await first.locator('.hr-milestone-state').textContent()).toMatch(
      /^(Afgerond|Nog niet afgerond|Niet afgerond, datum verstreken)$/,
    );
    const dates = await milestones
      .locator('li time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort());

    const actions = page.getByRole('region', { name: 'Acties' });
    const paragraph = actions
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Integrale financiële paragraaf op huisvesting' }) });
    await paragraph.getByText('Financiële consequentie', { exact: true }).waitFor();
    await paragraph.locator('.hr-financial').getByText('Geen bedrag bekend').waitFor();
    await page
      .getByRole('region', { name: 'Documenten' })
      .getByRole('heading', { name: /^12 februari 2021: Integrale Handreiking/ })
      .waitFor();
    await expectAccessible(page);
    await screenshot(page, 'agenda');

    await first.getByRole('link', { name: 'Eerste versie Integrale Uitvoeringsagenda' }).click();
    await page.getByRole('heading', { level: 1, name: 'Eerste versie Integrale Uitvoeringsagenda' }).waitFor();
    await page
      .getByRole('region', { name: 'Geschiedenis' })
      .getByRole('heading', { name: 'Versie 1: Aangemaakt' })
      .waitFor();
    expect(await page.getByRole('link', { name: 'Actie bewerken' }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'agenda-item');
  });

  it('an editor adds an action with milestones, changes it with If-Match, and is told when someone else changed it first', async () => {
    const title = `Actie uit e2e ${run}`;
    await signIn(page, EDITOR, '/agenda/nieuw');
    const form = page.getByRole('form', { name: 'Nieuwe actie' });
    await form.getByRole('textbox', { name: 'Titel' }).fill(title);
    await form.getByRole('textbox', { name: 'Omschrijving' }).fill('Een actie om de agenda in de browser te testen.');
    await form.getByRole('combobox', { name: 'Eigenaar' }).selectOption('BZK');
    await form.getByRole('textbox', { name: 'Financiële consequentie in euro' }).fill('1.250.000');
    await form.getByRole('button', { name: 'Mijlpaal toevoegen' }).click();
    const one = form.getByRole('group', { name: 'Mijlpaal 1' });
    expect(await one.getByLabel('Datum').evaluate((input) => input === document.activeElement)).toBe(true);
    await one.getByLabel('Datum').fill('2021-05-01');
    await one.getByRole('textbox', { name: 'Wat er dan klaar is' }).fill(`Start ${run}`);
    await form.getByRole('button', { name: 'Mijlpaal toevoegen' }).click();
    const two = form.getByRole('group', { name: 'Mijlpaal 2' });
    await two.getByLabel('Datum').fill('2021-03-01');
    await two.getByRole('textbox', { name: 'Wat er dan klaar is' }).fill(`Voorbereiding ${run}`);
    await two.getByRole('checkbox', { name: 'Afgerond' }).check();
    await expectAccessible(page);
    await screenshot(page, 'agenda-form');
    await form.getByRole('button', { name: 'Actie opslaan' }).click();

    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('De actie is opgeslagen.').waitFor();
    const facts = page.getByRole('region', { name: 'Gegevens' });
    await facts.getByText('€ 1.250.000').waitFor();
    const itemPath = new URL(page.url()).pathname;
    const milestones = page.getByRole('region', { name: 'Mijlpalen' });
    expect(await milestones.locator('li').getByRole('heading').allTextContents()).toEqual([
      `1 maart 2021: Voorbereiding ${run}`,
      `1 mei 2021: Start ${run}`,
    ]);

    // Meanwhile the support team changes it through the API: the editor's version is stale.
    await page.getByRole('link', { name: 'Actie bewerken' }).click();
    const edit = page.getByRole('form', { name: `${title} bewerken` });
    await edit.waitFor();
    const { api, token: accessToken } = await apiAs(SUPPORT);
    const id = itemPath.split('/').pop() ?? '';
    const current = await api.get(`/api/v1/agenda-items/${id}`);
    const item = (await current.json()) as Record<string, unknown> & { owner: { code: string } };
    const { title: same, description, domain, milestones: due, financialEur, financialNote, source } = item;
    const changed = await api.put(`/api/v1/agenda-items/${id}`, {
      headers: { Authorization: `Bearer ${accessToken}`, 'If-Match': current.headers().etag ?? '' },
      data: {
        title: same,
        description,
        domain,
        owner: item.owner.code,
        status: 'in_progress',
        milestones: due,
        financialEur,
        financialNote,
        source,
      },
    });
    expect(changed.status()).toBe(200);
    await api.dispose();

    await edit.getByRole('button', { name: 'Mijlpaal 2 verwijderen' }).click();
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    const reload = page.getByRole('button', { name: 'Laatste versie laden' });
    await reload.waitFor();
    await page.getByText('Iemand anders heeft dit item intussen gewijzigd').waitFor();
    expect(await reload.evaluate((button) => button === document.activeElement)).toBe(true);
    await expectAccessible(page);
    await reload.click();
    await reload.waitFor({ state: 'detached' });
    expect(await edit.getByRole('combobox', { name: 'Stand' }).inputValue()).toBe('in_progress');
    await edit.getByRole('button', { name: 'Mijlpaal 2 verwijderen' }).click();
    await edit.getByRole('combobox', { name: 'Stand' }).selectOption('stopped');
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();

    await page.getByText('De wijzigingen zijn opgeslagen als versie 3.').waitFor();
    expect(new URL(page.url()).pathname).toBe(itemPath);
    expect(
      await page.getByRole('region', { name: 'Mijlpalen' }).locator('li').getByRole('heading').allTextContents(),
    ).toEqual([`1 maart 2021: Voorbereiding ${run}`]);
    await facts.locator('.hr-agenda-status', { hasText: 'Gestopt' }).waitFor();
    const history = page.getByRole('region', { name: 'Geschiedenis' });
    await history.getByRole('heading', { name: 'Versie 3: Gewijzigd' }).waitFor();
    await history.getByRole('heading', { name: 'Versie 1: Aangemaakt' }).waitFor();
    await expectAccessible(page);
  });
});
