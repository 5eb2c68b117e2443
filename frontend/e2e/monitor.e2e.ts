import { readFileSync } from 'node:fs';
import { type Locator, type Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserSuite, expectAccessible, screenshot, tabTo } from './browser';
import { DEMO, apiAs, signIn } from './demo';

const SUPPORT = DEMO.support;
const UTRECHT = DEMO.utrecht;
const GELDERLAND = DEMO.gelderland;

/** Unique per run, so the suite can run again against the same database. */
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A half year no real figures use: the import tests write here, so reruns never touch real figures. */
const FUTURE = '2035-H1';

/** What a figure says: a whole percentage, "unknown", or "no figures" (a municipality without a row). */
type Share = number | 'unknown' | 'none';

/** Every municipality on the map with the share its accessible name gives, and what that share rests on. */
async function mapShares(page: Page): Promise<Map<string, { share: Share; basis: string; code: string }>> {
  const labels = await page.locator('.hr-map__region').evaluateAll((links) =>
    links.map((link) => ({
      label: link.getAttribute('aria-label') ?? '',
      code: link.getAttribute('data-code') ?? '',
      basis: link.getAttribute('data-basis') ?? '',
    })),
  );
  return new Map(
    labels.map(({ label, code, basis }) => {
      const [name = '', rest = ''] = label.split(/: (?=[^:]*$)/);
      const percent = /(\d+)\s?% gerealiseerd/.exec(rest);
      const share: Share = percent ? Number(percent[1]) : rest.startsWith('geen cijfers') ? 'none' : 'unknown';
      return [name, { share, basis, code }];
    }),
  );
}

/** Every row of the table with the share its cell shows, and whether that cell is marked as an estimate. */
async function tableShares(
  table: Locator,
  shareColumn: number,
): Promise<Map<string, { share: Share; estimate: boolean; code: string }>> {
  const rows = await table.locator('tbody tr').evaluateAll(
    (trs, column) =>
      trs.map((tr) => ({
        name: tr.querySelector('th')?.textContent?.trim() ?? '',
        code: tr.getAttribute('data-code') ?? '',
        cell: tr.children[column]?.textContent ?? '',
      })),
    shareColumn,
  );
  return new Map(
    rows.map(({ name, code, cell }) => {
      const percent = /(\d+)\s?%/.exec(cell);
      return [
        name,
        { share: percent ? Number(percent[1]) : ('unknown' as Share), estimate: cell.includes('schatting'), code },
      ];
    }),
  );
}

async function choose(page: Page, period: string, province: string): Promise<void> {
  const filters = page.getByRole('form', { name: 'Halfjaar en provincie' });
  await filters.getByRole('combobox', { name: 'Halfjaar' }).selectOption(period);
  await filters.getByRole('combobox', { name: 'Provincie' }).selectOption(province);
  await filters.getByRole('button', { name: 'Tonen' }).click();
  await page.waitForURL(
    (url) => url.searchParams.get('period') === period && (url.searchParams.get('province') ?? '') === province,
  );
}

/**
 * The table for a choice: once its caption names the choice, the page shows that choice; then wait
 * until the figures are its own (while they load, map and table keep the previous ones, marked busy).
 */
async function tableFor(page: Page, caption: RegExp): Promise<Locator> {
  const table = page.getByRole('table', { name: caption });
  await table.waitFor();
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
  return table;
}

describe('journey 6: the quota monitor', () => {
  const suite = browserSuite();
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  it('the map shows each reported share as the table does and never an estimate as if it were one, nationally and for a province', async () => {
    await page.goto('/taakstelling');
    await page.getByRole('heading', { level: 1, name: 'Taakstelling huisvesting vergunninghouders' }).waitFor();
    // it opens on the half year every overview opens on: the newest with figures for every municipality
    await tableFor(page, /^Taakstelling per gemeente, 1e halfjaar 2022, Nederland/);
    expect(await page.getByRole('combobox', { name: 'Halfjaar' }).inputValue()).toBe('2022-H1');
    await choose(page, '2022-H1', '');
    const national = await tableFor(page, /^Taakstelling per gemeente, 1e halfjaar 2022, Nederland/);
    await page.getByText('1e halfjaar 2022, Nederland: 352 gemeenten met cijfers').waitFor();
    expect(new URL(page.url()).searchParams.get('period')).toBe('2022-H1');

    const onMap = await mapShares(page);
    const inTable = await tableShares(national, 6);
    expect(onMap.size).toBe(352);
    expect(inTable.size).toBe(352);
    const agrees = (map: typeof onMap) => (row: { share: Share; estimate: boolean; code: string }, name: string) => {
      const shown = map.get(name);
      if (row.estimate)
        expect({ name, basis: shown?.basis }).toEqual({ name, basis: expect.stringMatching(/^(estimate|province)$/) });
      else expect({ name, share: shown?.share, code: shown?.code }).toEqual({ name, share: row.share, code: row.code });
    };
    inTable.forEach(agrees(onMap));
    // Real figures: reported ones coloured as such, estimates many and never shown as a municipality's own share.
    expect(onMap.get('Delft')).toEqual({ share: 112, basis: 'reported', code: 'GM0503' });
    expect([...onMap.values()].filter((region) => region.basis === 'reported').length).toBeGreaterThanOrEqual(6);
    expect([...inTable.values()].filter((row) => row.estimate).length).toBeGreaterThan(300);
    await page
      .getByTestId('map-coverage')
      .getByText(/^Eigen gemelde cijfers: \d+ van de 352 gemeenten\./)
      .waitFor();
    // The legend counts what the map shows.
    const legend = page.getByRole('list', { name: /^Gerealiseerd deel van de taakstelling/ });
    const counted = (await legend.getByRole('listitem').allTextContents()).map((text) =>
      Number(/\((\d+) gemeente/.exec(text)?.[1] ?? 0),
    );
    expect(counted.reduce((sum, count) => sum + count, 0)).toBe(352);
    await expectAccessible(page);
    await page.locator('.hr-map').screenshot({ path: `${import.meta.dirname}/screenshots/quota-map.png` });

    // A province narrows map, table, totals and export alike; the map zooms to it.
    await choose(page, '2022-H1', 'PV26');
    const province = await tableFor(page, /^Taakstelling per gemeente, 1e halfjaar 2022, Utrecht/);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ period: '2022-H1', province: 'PV26' });
    const provinceMap = await mapShares(page);
    const provinceTable = await tableShares(province, 5);
    expect(provinceMap.size).toBe(26);
    expect(provinceTable.size).toBe(26);
    provinceTable.forEach(agrees(provinceMap));
    provinceTable.forEach(agrees(onMap));
    expect(provinceMap.has('Amsterdam')).toBe(false);
    const totals = page.getByRole('table', { name: 'Totalen over het 1e halfjaar 2022' });
    expect(await totals.locator('tbody th').allTextContents()).toEqual(['Nederland', 'Utrecht']);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV (deze cijfers)' }).click(),
    ]);
    const lines = readFileSync(await csv.path(), 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(lines).toHaveLength(27);
    expect(lines.filter((line) => line.includes('GM0344'))).toHaveLength(1);
    await expectAccessible(page);
    await screenshot(page, 'quota-monitor-province');
  });

  it('keyboard: Tab reaches the municipalities on the map, the one in focus is outlined and shows its figures', async () => {
    await page.goto('/taakstelling?period=2022-H1&province=PV26');
    await page.getByRole('table', { name: /^Taakstelling per gemeente/ }).waitFor();
    const skip = page.getByRole('link', { name: 'Sla de kaart over: naar de tabel met dezelfde cijfers' });
    await skip.focus();
    await tabTo(page, (element) => element.classList.contains('hr-map__region'), { maxTabs: 3 });

    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    const first = await focused();
    expect(first).toMatch(/^Amersfoort: /);
    const panel = page.locator('.hr-map__panel');
    await panel.getByRole('heading', { level: 3, name: 'Amersfoort' }).waitFor();
    await panel.getByText('Doel', { exact: true }).waitFor();
    const highlight = page.locator('.hr-map__highlight');
    expect(await highlight.getAttribute('data-code')).toBe('GM0307');
    expect(
      Number(await highlight.evaluate((path) => getComputedStyle(path).strokeWidth.replace('px', ''))),
    ).toBeGreaterThanOrEqual(3);
    expect(await highlight.evaluate((path) => getComputedStyle(path).stroke)).not.toBe('none');

    await page.keyboard.press('Tab');
    const second = await focused();
    expect(second).toMatch(/^Baarn: /);
    await panel.getByRole('heading', { level: 3, name: 'Baarn' }).waitFor();
    expect(await highlight.getAttribute('data-code')).toBe('GM0308');
    await screenshot(page, 'quota-map-keyboard');
    await expectAccessible(page);

    // Enter opens the municipality's page, where its quota per half year is.
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Baarn' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/regios/GM0308');
    await page.goBack();

    // The skip link takes keyboard users past the map to the table.
    await page.getByRole('link', { name: 'Sla de kaart over: naar de tabel met dezelfde cijfers' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('taakstelling-tabel');
  });

  it('the support team reads in figures: a bad line is named by number and nothing changes; a good file shows at once', async () => {
    const { api: context } = await apiAs(SUPPORT);
    const zeeland = (await (
      await context.get('/api/v1/regions?type=municipality&province=PV29&pageSize=100')
    ).json()) as { items: { code: string; name: string }[] };
    const [untouched, ...others] = zeeland.items;
    const chosen = others[Math.floor(Math.random() * others.length)];
    if (!untouched || !chosen) throw new Error('Zeeland has no municipalities');
    const figuresOf = async (code: string) =>
      (await (await context.get(`/api/v1/housing-quotas?period=${FUTURE}&municipality=${code}`)).json()) as {
        items: unknown[];
      };
    const before = await figuresOf(untouched.code);

    await signIn(page, SUPPORT, '/taakstelling');
    const form = page.getByRole('form', { name: 'Cijfers inlezen' });
    await form.waitFor();
    await expectAccessible(page);
    const bad = `municipality;period;target;realised;arrearsIn\n${untouched.code};${FUTURE};11;7;1\n${chosen.code};${FUTURE};veel;5;0\n`;
    await form
      .getByLabel('CSV-bestand')
      .setInputFiles({ name: `fout-${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await form.getByRole('button', { name: 'Cijfers inlezen' }).click();
    // the form's error summary says what is wrong with which line, and that nothing was saved
    const alert = form.getByRole('alert', { name: 'Er is een probleem' });
    await alert.waitFor();
    expect(await alert.getByRole('listitem').allTextContents()).toEqual(['Regel 3, target: is geen geheel getal']);
    await alert.getByText('Er is niets opgeslagen.').waitFor();
    expect(await figuresOf(untouched.code)).toEqual(before);
    await expectAccessible(page);
    await screenshot(page, 'quota-import-error');

    const target = 20 + Math.floor(Math.random() * 80);
    const realised = Math.floor(Math.random() * target);
    const arrearsIn = Math.floor(Math.random() * 10);
    const good = `municipality;period;target;realised;arrearsIn\n${chosen.code};${FUTURE};${target};${realised};${arrearsIn}\n`;
    await form
      .getByLabel('CSV-bestand')
      .setInputFiles({ name: `goed-${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from(good) });
    await form.getByRole('button', { name: 'Cijfers inlezen' }).click();
    await form.getByText('1 regel ingelezen, voor: 1e halfjaar 2035.').waitFor();
    expect(await form.getByRole('alert').count()).toBe(0);
    expect(await figuresOf(untouched.code)).toEqual(before);

    await choose(page, FUTURE, 'PV29');
    const table = await tableFor(page, /^Taakstelling per gemeente, 1e halfjaar 2035, Zeeland/);
    const row = table.locator(`tbody tr[data-code="${chosen.code}"]`);
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(0, 4)).toEqual([
      String(target),
      String(realised),
      arrearsIn === 0 ? '0' : `achterstand ${arrearsIn}`,
      `achterstand ${target + arrearsIn - realised}`,
    ]);
    const written = (await figuresOf(chosen.code)).items[0] as { realisedShare: number; estimated: string[] };
    expect(written.estimated).toEqual([]);
    expect(Math.abs(written.realisedShare - realised / (target + arrearsIn))).toBeLessThan(0.001);
    const share = Math.round(written.realisedShare * 100);
    expect(await page.locator(`.hr-map__region[data-code="${chosen.code}"]`).getAttribute('aria-label')).toBe(
      `${chosen.name}: ${share}% gerealiseerd`,
    );
    expect(cells[4]).toBe(`${share}%`);

    // Figures for a few municipalities make no other total 0 or complete, and the monitor does not jump to them.
    await page.goto(`/taakstelling?period=${FUTURE}`);
    const totals = page.getByRole('table', { name: 'Totalen over het 1e halfjaar 2035' });
    await totals.waitFor();
    const groningen = totals.getByRole('row', { name: /^Groningen/ });
    expect((await groningen.locator('td').allTextContents())[1]).toBe('onbekend');
    await groningen.getByText(/onvolledig: \d+ gemeenten zonder cijfers/).waitFor();
    await totals
      .getByRole('row', { name: /^Nederland/ })
      .getByText(/onvolledig: \d+ gemeenten zonder cijfers/)
      .waitFor();
    await page.goto('/taakstelling');
    await tableFor(page, /^Taakstelling per gemeente, 1e halfjaar 2022, Nederland/);
    await context.dispose();
  });
});

describe('journey 5 and the start pages: provinces, municipalities and my overview', () => {
  const suite = browserSuite();
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  it('a municipality page shows its quota per half year, chart and table alike, and funding closing soon', async () => {
    await page.goto('/regios/GM0344');
    const section = page.getByRole('region', { name: 'Taakstelling per halfjaar' });
    const table = section.getByRole('table', { name: 'Taakstelling van Utrecht per halfjaar' });
    await table.waitFor();
    const chart = section.getByRole('img', { name: /^Staafdiagram: doel en gerealiseerd per halfjaar voor Utrecht/ });
    const bars = await chart
      .locator('.hr-chart__item')
      .evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-target'))));
    const targets = (await table.locator('tbody tr td:nth-of-type(1)').allTextContents()).map((text) =>
      Number(text.replace(/\D/g, '')),
    );
    expect(bars).toEqual(targets);
    expect(bars.length).toBeGreaterThanOrEqual(3);
    await table.getByText('schatting', { exact: false }).first().waitFor();
    await page
      .getByRole('region', { name: 'Financiering voor gemeenten die binnenkort sluit' })
      .getByRole('link', { name: 'Alle financiering op sluitingsdatum' })
      .waitFor();
    expect(await page.getByRole('region', { name: 'Signalen van uw gemeente' }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'region-municipality');
  });

  it('a province page shows its municipalities’ figures, its plan and its signals by theme; the province updates its own plan', async () => {
    const note = `Besproken aan de provinciale regietafel (${run}).`;
    const { api: context, headers } = await apiAs(GELDERLAND);
    const before = (await (await context.get('/api/v1/provincial-plans/PV25')).json()) as Record<string, unknown>;
    await signIn(page, GELDERLAND, '/regios/PV25');
    await page.getByRole('heading', { level: 1, name: 'Gelderland' }).waitFor();
    const quota = page.getByRole('region', { name: 'Taakstelling van de gemeenten' });
    const table = quota.getByRole('table', { name: /^Taakstelling per gemeente, .* Gelderland/ });
    await table.waitFor();
    // the rows are drawn in steps of 40; the table is busy until all are there
    await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
    expect(await table.locator('tbody tr').count()).toBe(51);
    await page
      .getByRole('region', { name: 'Signalen per thema' })
      .getByRole('table', { name: 'Signalen uit Gelderland per thema' })
      .waitFor();

    const plan = page.getByRole('region', { name: 'Provinciaal plan' });
    await plan.getByText('Plan bijwerken').click();
    const form = plan.getByRole('form', { name: 'Provinciaal plan van Gelderland bijwerken' });
    await form.getByRole('radio', { name: 'In de maak' }).check();
    await form.getByRole('textbox', { name: 'Toelichting' }).fill(note);
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.getByText('Het plan is opgeslagen.').waitFor();
    await plan.locator('.hr-plan-status', { hasText: 'In de maak' }).waitFor();
    await plan.getByText(note).first().waitFor();
    await screenshot(page, 'region-province');

    await page.goto('/provinciale-plannen');
    const row = page
      .getByRole('table', { name: 'Provinciale plannen per provincie' })
      .getByRole('row', { name: /^Gelderland/ });
    await row.getByText(note).waitFor();
    await row.getByText('In de maak').waitFor();
    await page
      .getByText(
        /van de 12 provincies noemen de bronnen niet of het plan is opgeleverd: die stand is onbekend\. Bekend als opgeleverd: \d+\./,
      )
      .waitFor();
    await expectAccessible(page);
    await screenshot(page, 'provincial-plans');

    // Back to how the starting data has it, so the next run and the demo start the same.
    const current = await context.get('/api/v1/provincial-plans/PV25');
    const restored = await context.put('/api/v1/provincial-plans/PV25', {
      headers: { ...headers, 'If-Match': current.headers().etag ?? '' },
      data: {
        status: before.status,
        requestedOn: before.requestedOn,
        deliveredOn: before.deliveredOn,
        documentUrl: before.documentUrl,
        note: before.note,
      },
    });
    expect(restored.status()).toBe(200);
    await context.dispose();
  });

  it('a municipality signs in and starts on its overview: its quota, its open signals, funding and milestones', async () => {
    await signIn(page, UTRECHT);
    await page.getByRole('heading', { level: 1, name: 'Mijn overzicht' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/mijn-overzicht');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect((await nav.getByRole('link').first().textContent())?.trim()).toBe('Mijn overzicht');

    const quota = page.getByRole('region', { name: 'Taakstelling' });
    await quota
      .getByText(
        'Cijfers van Utrecht over het 1e halfjaar 2022: het nieuwste halfjaar waarvoor elke gemeente cijfers heeft.',
      )
      .waitFor();
    await quota.getByText('Doel', { exact: true }).waitFor();
    await quota
      .getByText(/achterstand|voorsprong/)
      .first()
      .waitFor();
    const signals = page.getByRole('region', { name: 'Uw signalen' });
    await signals.getByRole('table', { name: 'Open signalen en vragen, de meest dringende eerst' }).waitFor();
    await signals.getByRole('link', { name: 'Signaal of vraag indienen' }).waitFor();
    await page
      .getByRole('region', { name: 'Volgende mijlpalen' })
      .getByRole('link', { name: 'De hele uitvoeringsagenda' })
      .waitFor();
    await page.getByRole('region', { name: 'Financiering voor gemeenten die binnenkort sluit' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'my-overview-municipality');
  });

  it('a province sees on its overview its municipalities’ totals, those most behind, and its plan', async () => {
    await signIn(page, GELDERLAND);
    await page.getByRole('heading', { level: 1, name: 'Mijn overzicht' }).waitFor();
    const quota = page.getByRole('region', { name: 'Taakstelling van uw gemeenten' });
    await quota.getByRole('table', { name: /^Totalen over het/ }).waitFor();
    // Gelderland's 2022 figures are estimates from the national total: they rank nobody
    await quota.getByText(/^Er zijn geen gemelde cijfers per gemeente om op achterstand te rangschikken\./).waitFor();
    expect(await quota.getByRole('table', { name: /grootste achterstand/ }).count()).toBe(0);
    const plan = page.getByRole('region', { name: 'Provinciaal plan' });
    await plan.locator('.hr-plan-status').waitFor();
    await plan.locator('dt', { hasText: 'Gevraagd op' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'my-overview-province');
  });
});
