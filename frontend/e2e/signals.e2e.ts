import { readFileSync } from 'node:fs';
import { type Locator, type Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserSuite, expectAccessible, openPage, screenshot, tabTo } from './browser';
import { DEMO, type Person, apiAs, signIn, submitSignIn } from './demo';

const UTRECHT = DEMO.utrecht;
const AMSTERDAM = DEMO.amsterdam;
const SUPPORT = DEMO.support;

/** Unique per run, so the suite can run again against the same database. */
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** The smallest file the API recognises as a PDF by its content. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** A signal submitted through the API, for tests that do not need to fill in the form. */
async function submitSignal(who: Person, title: string): Promise<{ id: string; reference: string }> {
  const { api, headers } = await apiAs(who);
  const created = await api.post('/api/v1/signals', {
    headers: { ...headers, 'Idempotency-Key': `e2e-${run}-${title.replace(/\W+/g, '-')}` },
    data: { type: 'question', theme: 'integration', title, description: `Een vraag uit e2e-run ${run}.` },
  });
  expect(created.status()).toBe(201);
  const signal = (await created.json()) as { id: string; reference: string };
  await api.dispose();
  return signal;
}

/** The numbers a chart draws: each bar's value, in order. */
async function chartValues(chart: Locator): Promise<number[]> {
  return chart
    .locator('.hr-chart__item')
    .evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-value'))));
}

/** The numbers in one column of a table's body, in order. */
async function columnValues(table: Locator, column: number): Promise<number[]> {
  const cells = await table.locator(`tbody tr > :nth-child(${column})`).allTextContents();
  return cells.map((text) => Number(text.replace(/\D/g, '')));
}

describe('signals: submit, handle, answer, reopen; the public figures', () => {
  const suite = browserSuite();
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  it('journeys 3 and 4: a municipality submits, the support team handles and answers, the municipality reopens', async () => {
    const title = `Wachttijden IND ${run}`;
    const note = `Interne notitie ${run}: navraag bij de IND.`;
    const answer = `De IND zet extra beslismedewerkers in (${run}). Zie de gekoppelde maatregel.`;
    const reason = `Het antwoord noemt geen termijn (${run}).`;

    // The municipality submits a signal and sees its reference prominently.
    await signIn(page, UTRECHT, '/signalen/nieuw');
    await page.getByRole('heading', { level: 1, name: 'Signaal of vraag indienen' }).waitFor();
    await expectAccessible(page);
    expect(await page.getByRole('radio', { name: 'Signaal' }).isChecked()).toBe(true);
    await page.getByRole('combobox', { name: 'Thema' }).selectOption('ind-processing-times');
    await page.getByText('Antwoord binnen 10 werkdagen', { exact: false }).waitFor();
    await page.getByRole('textbox', { name: 'Onderwerp' }).fill(title);
    await page
      .getByRole('textbox', { name: 'Omschrijving' })
      .fill('Vergunninghouders wachten maanden op hun beschikking; gereserveerde woningen staan leeg.');
    await screenshot(page, 'signal-form');
    await page.getByRole('button', { name: 'Indienen' }).click();

    const notice = page
      .getByRole('status')
      .filter({ has: page.getByRole('heading', { name: 'Uw signaal is ingediend' }) });
    await notice.waitFor();
    const reference = (await notice.locator('strong').textContent()) ?? '';
    expect(reference).toMatch(/^SIG-\d{4}-\d{6}$/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const signalUrl = new URL(page.url()).pathname;
    await expectAccessible(page);
    await screenshot(page, 'signal-submitted');

    // An attachment after submitting.
    const attachments = page.getByRole('region', { name: 'Bijlagen' });
    await attachments
      .getByLabel('Bestand')
      .setInputFiles({ name: `wachttijden-${run}.pdf`, mimeType: 'application/pdf', buffer: PDF });
    await attachments.getByRole('button', { name: 'Bijlage toevoegen' }).click();
    await attachments.getByText(`wachttijden-${run}.pdf is toegevoegd.`).waitFor();
    await attachments.getByRole('button', { name: `Download wachttijden-${run}.pdf` }).waitFor();
    await attachments
      .getByLabel('Bestand')
      .setInputFiles({ name: 'notities.txt', mimeType: 'text/plain', buffer: Buffer.from('platte tekst') });
    await attachments.getByRole('button', { name: 'Bijlage toevoegen' }).click();
    await attachments.getByRole('alert').getByText('Toegestaan zijn PDF', { exact: false }).waitFor();

    // The support team finds it in the queue, classifies it, links a measure, notes and answers.
    const team = await openPage(suite.browser);
    const support = team.page;
    await signIn(support, SUPPORT, '/signalen');
    await support.getByRole('heading', { level: 1, name: 'Signalen' }).waitFor();
    await support.getByRole('table', { name: /^Signalen, pagina 1 van/ }).waitFor();
    await expectAccessible(support);
    await screenshot(support, 'signal-queue');
    await support.getByRole('searchbox', { name: 'Kenmerk of onderwerp' }).fill(reference);
    await support.getByRole('button', { name: 'Filteren' }).click();
    expect(new URL(support.url()).searchParams.get('q')).toBe(reference);
    const [csv] = await Promise.all([
      support.waitForEvent('download'),
      support.getByRole('link', { name: 'Download CSV (deze signalen)' }).click(),
    ]);
    expect(readFileSync(await csv.path(), 'utf8')).toContain(reference);
    const row = support.getByRole('row').filter({ hasText: reference });
    await row.getByRole('link', { name: title }).click();
    await support.getByRole('heading', { level: 1, name: title }).waitFor();

    const classification = support.getByRole('region', { name: 'Thema, prioriteit en behandelaar' });
    await classification.getByRole('combobox', { name: 'Thema' }).selectOption('housing-quota');
    await classification.getByRole('combobox', { name: 'Prioriteit' }).selectOption('high');
    await classification.getByRole('combobox', { name: 'Behandelaar' }).selectOption('BZK');
    await classification.getByRole('button', { name: 'Opslaan' }).click();
    await classification.getByText('Thema, prioriteit en behandelaar zijn opgeslagen.').waitFor();

    const links = support.getByRole('region', { name: 'Koppelingen' });
    await links.getByRole('combobox', { name: 'Soort' }).selectOption('measure');
    await links.getByRole('searchbox', { name: 'Zoekwoorden' }).fill('logeerregeling');
    await links.getByRole('button', { name: 'Zoeken' }).click();
    await links.getByRole('button', { name: 'Koppelen: Logeerregeling vergunninghouders' }).click();
    await links.getByText('Logeerregeling vergunninghouders is gekoppeld.').waitFor();

    const notes = support.getByRole('region', { name: 'Interne notities' });
    await notes.getByRole('textbox', { name: 'Nieuwe notitie' }).fill(note);
    await notes.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await notes.getByText('De notitie is toegevoegd.').waitFor();
    await notes.getByText(note).waitFor();

    const handling = support.getByRole('region', { name: 'Behandelen' });
    expect(
      await handling
        .getByRole('radio')
        .evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent)),
    ).toEqual(['In behandeling nemen', 'Beantwoorden', 'Afwijzen']);
    await handling.getByRole('radio', { name: 'Beantwoorden' }).check();
    await handling.getByRole('textbox', { name: 'Antwoord' }).fill(answer);
    await handling.getByRole('button', { name: 'Beantwoorden' }).click();
    await handling.getByText('Gelukt. De status is nu: Beantwoord.').waitFor();
    expect(await handling.getByRole('radio').count()).toBe(1);
    await handling.getByRole('radio', { name: 'Afsluiten' }).waitFor();
    await support.getByRole('region', { name: 'Verloop' }).getByRole('heading', { name: 'Beantwoord' }).waitFor();
    await expectAccessible(support);
    await screenshot(support, 'signal-support');
    await team.context.close();

    // The municipality reads the answer and the timeline, never the note, and reopens with a reason.
    await page.goto(signalUrl);
    await page.getByRole('region', { name: 'Antwoord' }).getByText(answer).waitFor();
    await page
      .getByRole('region', { name: 'Gekoppelde opgaven en maatregelen' })
      .getByRole('link', { name: 'Logeerregeling vergunninghouders' })
      .waitFor();
    const timeline = page.getByRole('region', { name: 'Verloop' });
    for (const heading of [
      'Ingediend',
      'Bijlage toegevoegd',
      'Thema, prioriteit of behandelaar gewijzigd',
      'Gekoppeld',
      'Beantwoord',
    ]) {
      await timeline.getByRole('heading', { level: 3, name: heading }).waitFor();
    }
    await timeline.getByText('Status: van Ingediend naar Beantwoord').waitFor();
    await timeline.getByText(answer).waitFor();
    expect(await page.getByText(note).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Interne notities' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Thema, prioriteit en behandelaar' }).count()).toBe(0);

    const choice = page.getByRole('region', { name: 'Wat wilt u doen?' });
    await choice.getByText('Helpt het antwoord niet? Dan kunt u het signaal tot', { exact: false }).waitFor();
    await choice.getByRole('radio', { name: 'Heropenen' }).check();
    await choice.getByRole('button', { name: 'Heropenen' }).click();
    // the error summary names the empty field in a sentence (no "?." after a question) and links to it
    await choice
      .getByRole('alert', { name: 'Er is een probleem' })
      .getByRole('link', { name: 'Vul ‘Waarom helpt het antwoord niet?’ in.' })
      .waitFor();
    expect(
      await choice.getByRole('textbox', { name: 'Waarom helpt het antwoord niet?' }).getAttribute('aria-invalid'),
    ).toBe('true');
    await expectAccessible(page);
    await choice.getByRole('textbox', { name: 'Waarom helpt het antwoord niet?' }).fill(reason);
    await choice.getByRole('button', { name: 'Heropenen' }).click();
    await choice.getByText('Gelukt. De status is nu: In behandeling.').waitFor();
    await timeline.getByRole('heading', { level: 3, name: 'Heropend' }).waitFor();
    await timeline.getByText(reason).waitFor();
    await timeline.getByText('Status: van Beantwoord naar In behandeling').waitFor();
    expect(await page.getByText(note).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'signal-reopened');

    // "Mijn signalen" lists it with its reference and status.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Signalen', exact: true })
      .click();
    const own = page.getByRole('row').filter({ hasText: reference });
    await own.getByText('In behandeling').waitFor();
    expect(await page.getByRole('combobox', { name: 'Behandelaar' }).count()).toBe(0);
    await expectAccessible(page);
  });

  it('keyboard: the support team starts and answers a question with the keyboard alone', async () => {
    const title = `Toetsenbord ${run}`;
    const { id } = await submitSignal(UTRECHT, title);
    await signIn(page, SUPPORT, `/signalen/${id}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Signalen' }).focus();
    await tabTo(page, (element) => element instanceof HTMLInputElement && element.type === 'radio', { maxTabs: 40 });
    await page.keyboard.press('Space');
    expect(await page.getByRole('radio', { name: 'In behandeling nemen' }).isChecked()).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Beantwoorden' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.name)).toBe('text');
    await page.keyboard.type(`Antwoord met het toetsenbord (${run}).`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Beantwoorden');
    await page.keyboard.press('Enter');

    const message = page.getByText('Gelukt. De status is nu: Beantwoord.');
    await message.waitFor();
    expect(await message.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.getByRole('region', { name: 'Antwoord' }).getByText(`Antwoord met het toetsenbord (${run}).`).waitFor();
    await screenshot(page, 'signal-keyboard');
  });

  it('the support team forwards a signal to the agenda action it feeds; the submitter sees where it went', async () => {
    const title = `Doorzetten ${run}`;
    const { id } = await submitSignal(UTRECHT, title);
    await signIn(page, SUPPORT, `/signalen/${id}`);
    const handling = page.getByRole('region', { name: 'Behandelen' });
    await handling.getByRole('radio', { name: 'In behandeling nemen' }).check();
    await handling.getByRole('button', { name: 'In behandeling nemen' }).click();
    await handling.getByText('Gelukt. De status is nu: In behandeling.').waitFor();

    await handling.getByRole('radio', { name: 'Doorzetten naar de uitvoeringsagenda' }).check();
    await handling.getByRole('button', { name: 'Doorzetten naar de uitvoeringsagenda' }).click();
    await handling
      .getByRole('alert', { name: 'Er is een probleem' })
      .getByRole('link', { name: 'Kies de actie van de uitvoeringsagenda.' })
      .waitFor();
    const action = handling.getByRole('combobox', { name: 'Actie van de uitvoeringsagenda' });
    const chosen = (await action.locator('option').nth(1).textContent()) ?? '';
    await action.selectOption({ index: 1 });
    await handling
      .getByRole('textbox', { name: 'Toelichting (niet verplicht)' })
      .fill(`Opgenomen in de uitvoeringsagenda (${run}).`);
    await handling.getByRole('button', { name: 'Doorzetten naar de uitvoeringsagenda' }).click();
    await handling.getByText('Gelukt. De status is nu: Naar de uitvoeringsagenda.').waitFor();
    await page.getByRole('region', { name: 'Gegevens' }).getByText(chosen, { exact: true }).waitFor();
    await expectAccessible(page);

    const submitter = await openPage(suite.browser);
    await signIn(submitter.page, UTRECHT, `/signalen/${id}`);
    const facts = submitter.page.getByRole('region', { name: 'Gegevens' });
    await facts.getByText('Doorgezet naar').waitFor();
    await facts.getByText(chosen, { exact: true }).waitFor();
    const timeline = submitter.page.getByRole('region', { name: 'Verloop' });
    await timeline.getByRole('heading', { level: 3, name: 'Doorgezet naar de uitvoeringsagenda' }).waitFor();
    await timeline.getByText(`Actie van de uitvoeringsagenda: ${chosen}`).waitFor();
    await screenshot(submitter.page, 'signal-forwarded');
    await submitter.context.close();
  });

  it('a municipality sees only its own region: another region’s signal is not found, and support filters are not offered', async () => {
    const { id } = await submitSignal(AMSTERDAM, `Alleen Amsterdam ${run}`);
    await signIn(page, UTRECHT, `/signalen/${id}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Statuscode 404');
    await expectAccessible(page);

    await page.goto('/signalen');
    await page.getByRole('heading', { level: 1, name: 'Mijn signalen' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Provincie' }).count()).toBe(0);
    expect(await page.getByText(`Alleen Amsterdam ${run}`).count()).toBe(0);
    await page
      .getByRole('table', { name: /^Signalen, pagina 1 van/ })
      .getByText('Voorbeeld')
      .first()
      .waitFor();
    await screenshot(page, 'signal-own-list');
  });

  it('at 1280 px the support queue shows every column, the due date too, without scrolling the table sideways', async () => {
    // the column the team works by ("Antwoord uiterlijk", with "Te laat") is the last one: cut off, it was missed
    await signIn(page, SUPPORT, '/signalen');
    const table = page.getByRole('table', { name: /^Signalen, pagina 1 van/ });
    await table.locator('tbody tr').first().waitFor();
    const fit = await table.evaluate((element) => {
      const box = element.closest('.hr-table-scroll') as HTMLElement;
      const due = Array.from(element.querySelectorAll('thead th')).find((cell) =>
        cell.textContent?.includes('Antwoord uiterlijk'),
      );
      return {
        scrollWidth: box.scrollWidth,
        clientWidth: box.clientWidth,
        dueRight: due?.getBoundingClientRect().right ?? Infinity,
        boxRight: box.getBoundingClientRect().right,
      };
    });
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth);
    expect(fit.dueRight).toBeLessThanOrEqual(fit.boxRight);
  });

  it('signed out, the signal pages ask to sign in and come back; submitting is for municipalities and provinces only', async () => {
    await page.goto('/signalen?status=submitted');
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    expect(new URL(page.url()).searchParams.get('terug')).toBe('/signalen?status=submitted');
    await submitSignIn(page, SUPPORT);
    await page.getByRole('heading', { level: 1, name: 'Signalen' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('submitted');

    await page.goto('/signalen/nieuw');
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    await expectAccessible(page);
  });

  it('journey 5: the public figures show the same numbers in each chart and its table, for a chosen period', async () => {
    await page.goto('/signalen/dashboard');
    await page.getByRole('heading', { level: 1, name: 'Cijfers signalen' }).waitFor();
    const provinces = page.getByRole('table', { name: 'Signalen per provincie' });
    await provinces.waitFor();
    await expectAccessible(page);
    await screenshot(page, 'signal-dashboard');

    const provinceSection = page.getByRole('region', { name: 'Signalen per provincie' });
    const provinceChart = provinceSection.getByRole('img', { name: 'Staafdiagram: aantal signalen per provincie.' });
    const provinceCounts = await columnValues(provinces, 2);
    expect(provinceCounts).toHaveLength(12);
    expect(await chartValues(provinceChart)).toEqual(provinceCounts);

    const months = page.getByRole('table', { name: 'Signalen per maand en thema' });
    const monthSection = page.getByRole('region', { name: 'Signalen per maand' });
    const columns = await months.locator('thead th').count();
    const monthTotals = await columnValues(months, columns);
    expect(
      await chartValues(monthSection.getByRole('img', { name: 'Staafdiagram: aantal signalen per maand, in totaal.' })),
    ).toEqual(monthTotals);
    const integration = monthSection.getByRole('img', {
      name: 'Staafdiagram van Inburgering: aantal signalen per maand.',
    });
    const integrationColumn = (await months.locator('thead th').allTextContents()).indexOf('Inburgering') + 1;
    expect(await chartValues(integration)).toEqual(await columnValues(months, integrationColumn));

    const total = Number((await page.getByRole('definition').first().textContent())?.replace(/\D/g, ''));
    expect(total).toBe(monthTotals.reduce((sum, count) => sum + count, 0));
    expect(total).toBe(provinceCounts.reduce((sum, count) => sum + count, 0));
    expect(total).toBeGreaterThanOrEqual(1);

    const timeliness = page.getByRole('region', { name: 'Op tijd beantwoord' });
    const table = page.getByRole('table', { name: 'Antwoorden op tijd en te laat' });
    const [answered, onTime, late] = await columnValues(table, 2);
    expect(await chartValues(timeliness.getByRole('img'))).toEqual([onTime, late]);
    expect((onTime ?? 0) + (late ?? 0)).toBe(answered);

    // A period: the URL holds it, the figures follow; a period the wrong way round is refused with the API's reason.
    await page.getByLabel('Ingediend vanaf').fill('2021-01-01');
    await page.getByLabel('Ingediend tot en met').fill('2021-12-31');
    await page.getByRole('button', { name: 'Tonen' }).click();
    await page.getByText('Signalen en vragen ingediend van 1 januari 2021 tot en met 31 december 2021.').waitFor();
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ from: '2021-01-01', to: '2021-12-31' });
    expect(
      await chartValues(page.getByRole('img', { name: 'Staafdiagram: aantal signalen per maand, in totaal.' })),
    ).toHaveLength(12);

    await page.getByLabel('Ingediend vanaf').fill('2022-01-01');
    await page.getByRole('button', { name: 'Tonen' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await page.getByLabel('Ingediend vanaf').getAttribute('aria-invalid')).toBe('true');
    await page.getByText('ligt na to').first().waitFor();
    await expectAccessible(page);
  });
});
