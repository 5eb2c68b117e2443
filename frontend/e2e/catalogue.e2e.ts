import { readFileSync } from 'node:fs';
import { type Download, type Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserSuite, expectAccessible, openPage, screenshot } from './browser';
import { DEMO, apiAs, submitSignIn } from './demo';

const EDITOR = DEMO.editor;

/** Unique per run, so the suite can run again against the same database. */
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Clicks a download link and returns the downloaded bytes. */
async function download(page: Page, name: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).first().click()]);
  return readFileSync(await (file as Download).path());
}

/** A draft measure made through the API as the editor, for tests that do not need to create one by hand. */
async function createMeasure(title: string): Promise<string> {
  const { api, headers } = await apiAs(EDITOR);
  const created = await api.post('/api/v1/measures', {
    headers,
    data: {
      title,
      summary: `Samenvatting ${run}.`,
      domains: ['housing'],
      audiences: ['municipality'],
      organisationCodes: ['BZK'],
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await api.dispose();
  return id;
}

describe('the catalogue: finder, task pages, funding and editing', () => {
  const suite = browserSuite();
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  const filters = () => page.getByRole('complementary', { name: 'Filteren' });

  it('journey 1: finds open housing funding for municipalities without accents, keeps it on reload, exports CSV and .ics', async () => {
    await page.goto('/zoeken');
    await page.getByRole('heading', { level: 1, name: 'Zoeken' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'resultaten' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('navigation', { name: 'Soort' }).getByRole('link', { name: 'Financiering' }).click();
    await page.getByRole('searchbox', { name: 'Zoekwoorden' }).fill('financiele');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await filters()
      .getByRole('link', { name: /^Huisvesting \(\d+\)$/ })
      .click();
    await filters()
      .getByRole('link', { name: /^Gemeenten \(\d+\)$/ })
      .click();

    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({
      kind: 'funding',
      q: 'financiele',
      domain: 'housing',
      audience: 'municipality',
    });
    const result = page.getByRole('listitem').filter({
      has: page.getByRole('heading', {
        level: 3,
        name: 'Financiële impuls versnelde huisvesting grote gezinnen vergunninghouders',
      }),
    });
    await result.waitFor();
    expect((await result.locator('mark').first().textContent())?.toLowerCase()).toContain('financi');
    await result.getByText('Sluit op 11 juni 2021').waitFor();
    await screenshot(page, 'finder');
    await expectAccessible(page);

    await page.reload();
    await result.locator('mark').first().waitFor();
    expect(await page.getByRole('searchbox', { name: 'Zoekwoorden' }).inputValue()).toBe('financiele');
    expect(
      await filters()
        .getByRole('link', { name: /^Huisvesting/ })
        .getAttribute('aria-current'),
    ).toBe('true');
    expect(
      await filters()
        .getByRole('link', { name: /^Gemeenten/ })
        .getAttribute('aria-current'),
    ).toBe('true');

    const csv = await download(page, 'Download CSV (deze resultaten)');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('Financiële impuls versnelde huisvesting grote gezinnen vergunninghouders');

    await result
      .getByRole('link', { name: 'Financiële impuls versnelde huisvesting grote gezinnen vergunninghouders' })
      .click();
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Financiële impuls versnelde huisvesting grote gezinnen vergunninghouders',
      })
      .waitFor();
    await page.getByText('€ 1.000.000').waitFor();
    await expectAccessible(page);
    const ics = await download(page, 'Zet in agenda');
    expect(ics.toString('utf8')).toContain('BEGIN:VCALENDAR');
    expect(ics.toString('utf8')).toContain('DTSTART;VALUE=DATE:20210611');
  });

  it('the funding overview lists funding by closing date, open only where its window says so, each with "Zet in agenda"', async () => {
    await page.goto('/financiering');
    const table = page.getByRole('table', { name: 'Financiering op sluitingsdatum' });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(10);
    await rows.first().getByText('Gesloten').waitFor();
    // a temporary 2021 supplement without a known end is over, not "open" in 2026; a standing scheme is open
    const row = (title: string) =>
      table.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
    await row('Tijdelijk verhoogde vergoeding bij de logeerregeling').getByText('Gesloten').waitFor();
    await row('Faciliteitenbesluit opvangcentra: vergoeding voor gemeenten met een azc')
      .getByText('Open', { exact: true })
      .waitFor();
    await row('Faciliteitenbesluit opvangcentra: vergoeding voor gemeenten met een azc')
      .getByText('Doorlopende regeling (geen sluitingsdatum)')
      .waitFor();
    await row('Geld voor invoering en uitvoering van de Wet inburgering via het gemeentefonds')
      .getByText('Aanvraagperiode onbekend')
      .waitFor();
    expect(await table.getByRole('link', { name: /^Zet in agenda/ }).count()).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'funding-overview');
    await expectAccessible(page);
    const feed = await download(page, 'Alle sluitingsdata als agenda (.ics)');
    expect(feed.toString('utf8')).toContain('BEGIN:VCALENDAR');
  });

  it('journey 2: from home, a reception task shows its measures and funding, who offers them and how to apply', async () => {
    await page.goto('/');
    const reception = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: 'Opvang' }) });
    await reception.getByRole('link', { name: 'Voldoende opvangplekken voor asielzoekers realiseren' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Voldoende opvangplekken voor asielzoekers realiseren' })
      .waitFor();

    const measures = page.getByRole('region', { name: 'Ondersteuningsmaatregelen' });
    const card = measures.getByRole('article').first();
    await card.getByText('Aangeboden door').waitFor();
    await card.getByText('Zo vraagt u aan').waitFor();
    const funding = page.getByRole('region', { name: 'Financiering' });
    await funding.getByRole('article').first().getByText('Verstrekt door').waitFor();
    await screenshot(page, 'task-page');
    await expectAccessible(page);

    await card.getByRole('heading', { level: 3 }).getByRole('link').click();
    await page.getByRole('region', { name: 'Opgaven waar dit bij hoort' }).getByRole('article').first().waitFor();
    await expectAccessible(page);
    // the measure's schema.org data is in the head, a data block the CSP lets be (browserSuite fails on any violation)
    await page.waitForFunction(() => document.head.querySelector('script[type="application/ld+json"]'));
    const structured = await page.evaluate(() =>
      Array.from(
        document.head.querySelectorAll('script[type="application/ld+json"]'),
        (script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>,
      ),
    );
    expect(structured).toEqual([expect.objectContaining({ '@type': 'GovernmentService', url: page.url() })]);
  });

  it('journey 9: an editor drafts a measure, links it to a task, publishes it, edits it twice and reads the history', async () => {
    const title = `Maatregel ${run} <script>alert(1)</script>`;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    await page.goto('/aanmelden?terug=%2Fredactie');
    await submitSignIn(page, EDITOR);
    await page.getByRole('heading', { level: 1, name: 'Redactie' }).waitFor();
    expect(
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Redactie' })
        .getAttribute('aria-current'),
    ).toBe('page');
    await page.getByRole('navigation', { name: 'Soort' }).getByRole('link', { name: 'Maatregelen' }).click();
    await page.getByRole('table', { name: /Maatregelen, pagina 1 van/ }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Nieuwe maatregel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe maatregel' }).waitFor();
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.getByText('is verplicht').first().waitFor();
    expect(await page.getByRole('textbox', { name: 'Titel' }).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    await page.getByRole('textbox', { name: 'Titel' }).fill(title);
    await page.getByRole('textbox', { name: 'Samenvatting' }).fill(`Een maatregel uit e2e-run ${run}.`);
    await page.getByRole('group', { name: 'Beleidsterreinen' }).getByRole('checkbox', { name: 'Huisvesting' }).check();
    await page.getByRole('group', { name: 'Voor wie' }).getByRole('checkbox', { name: 'Gemeenten' }).check();
    await page.getByRole('combobox', { name: 'Aanbiedende organisatie' }).selectOption('COA');
    await page.getByRole('textbox', { name: 'Zo vraagt u aan' }).fill('Mail het ondersteuningsteam.');
    await screenshot(page, 'editor-form');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();

    await page.getByText('Het concept is aangemaakt.', { exact: false }).waitFor();
    const heading = page.getByRole('heading', { level: 1, name: title, exact: true });
    await heading.waitFor();
    expect(await heading.innerHTML()).toBe(`Maatregel ${run} &lt;script&gt;alert(1)&lt;/script&gt;`);
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    await expectAccessible(page);

    const links = page.getByRole('region', { name: 'Koppelingen' });
    await links.getByRole('combobox', { name: 'Soort' }).selectOption('task');
    await links.getByRole('searchbox', { name: 'Zoekwoorden' }).fill('uitvoeringsagenda');
    await links.getByRole('button', { name: 'Zoeken' }).click();
    await links.getByRole('button', { name: 'Koppelen: Integrale Uitvoeringsagenda (IUA) opstellen' }).click();
    await links.getByText('Integrale Uitvoeringsagenda (IUA) opstellen is gekoppeld.').waitFor();
    await links.getByRole('button', { name: 'Ontkoppelen: Integrale Uitvoeringsagenda (IUA) opstellen' }).waitFor();
    await expectAccessible(page);

    const publication = page.getByRole('region', { name: 'Publicatie' });
    await publication.getByRole('button', { name: 'Publiceren' }).click();
    await publication.getByText('Het item is gepubliceerd.', { exact: false }).waitFor();
    expect(await publication.getByRole('button').allTextContents()).toEqual(['Archiveren', 'Terug naar concept']);

    const visitor = await openPage(suite.browser);
    await visitor.page.goto(`/maatregelen/${id}`);
    await visitor.page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    await visitor.page
      .getByRole('region', { name: 'Opgaven waar dit bij hoort' })
      .getByRole('link', { name: 'Integrale Uitvoeringsagenda (IUA) opstellen' })
      .waitFor();
    expect(await visitor.page.getByRole('link', { name: 'Bewerken' }).count()).toBe(0);
    await screenshot(visitor.page, 'measure-page');
    await expectAccessible(visitor.page);
    await visitor.context.close();

    const summary = page.getByRole('textbox', { name: 'Samenvatting' });
    await summary.fill(`Eerste wijziging ${run}.`);
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText(/De wijzigingen zijn opgeslagen als versie \d+\./).waitFor();
    await summary.fill(`Tweede wijziging ${run}.`);
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText(/De wijzigingen zijn opgeslagen als versie 5\./).waitFor();

    await page.getByRole('link', { name: 'Geschiedenis' }).click();
    await page.getByRole('heading', { level: 2, name: 'Versie 5: Gewijzigd' }).waitFor();
    for (const version of [
      'Versie 4: Gewijzigd',
      'Versie 3: Gepubliceerd',
      'Versie 2: Gekoppeld',
      'Versie 1: Aangemaakt',
    ]) {
      await page.getByRole('heading', { level: 2, name: version }).waitFor();
    }
    const latest = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Versie 5: Gewijzigd' }) });
    await latest.getByText(`Door ${EDITOR.name}`, { exact: false }).waitFor();
    const row = latest.getByRole('row', { name: /Samenvatting/ });
    await row.getByText(`Eerste wijziging ${run}.`).waitFor();
    await row.getByText(`Tweede wijziging ${run}.`).waitFor();
    expect(await page.locator('main script').count()).toBe(0);
    await screenshot(page, 'editor-history');
    await expectAccessible(page);
    expect(dialogs).toEqual([]);
  });

  it('a stale edit (two pages with the same version) shows the 412 detail and offers the latest version', async () => {
    const id = await createMeasure(`Gelijktijdig ${run}`);
    await page.goto(`/aanmelden?terug=${encodeURIComponent(`/redactie/maatregelen/${id}`)}`);
    await submitSignIn(page, EDITOR);
    const other = await openPage(suite.browser);
    await other.page.goto(`/aanmelden?terug=${encodeURIComponent(`/redactie/maatregelen/${id}`)}`);
    await submitSignIn(other.page, EDITOR);

    await page.getByRole('textbox', { name: 'Samenvatting' }).fill(`Eerst opgeslagen ${run}.`);
    await other.page.getByRole('textbox', { name: 'Samenvatting' }).fill(`Later en verouderd ${run}.`);
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('De wijzigingen zijn opgeslagen als versie 2.').waitFor();

    await other.page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    const alert = other.page.getByRole('alert');
    await alert.getByRole('heading', { name: 'Iemand anders heeft dit item intussen gewijzigd' }).waitFor();
    await alert.getByText('intussen gewijzigd', { exact: false }).last().waitFor();
    expect(await other.page.getByRole('textbox', { name: 'Samenvatting' }).inputValue()).toBe(
      `Later en verouderd ${run}.`,
    );
    await screenshot(other.page, 'editor-stale');
    await expectAccessible(other.page);

    await alert.getByRole('button', { name: 'Laatste versie laden' }).click();
    await other.page.getByText('De laatste versie (versie 2) is geladen.').waitFor();
    expect(await other.page.getByRole('textbox', { name: 'Samenvatting' }).inputValue()).toBe(
      `Eerst opgeslagen ${run}.`,
    );
    await other.context.close();
  });
});
