import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page, problem, requests, stubApi } from '@/test/fetchStub';
import { provinces, session, utrecht } from '@/test/fixtures';
import { signal, signalThemes, submittedEvent, supportOrganisations } from '@/test/signals';
import { renderApp } from '@/test/render';

type Role = 'municipality' | 'province' | 'support';

const signedIn = (role: Role) => ({
  'POST /sessions/refresh': () => ({ body: session(role) }),
  '/regions/GM0344': () => ({ body: utrecht }),
  '/signal-themes': () => ({ body: signalThemes }),
  '/organisations': () => ({ body: page(supportOrganisations, 1, 100) }),
  '/regions': () => ({ body: page(provinces, 1, 100) }),
});

const answered = signal({
  status: 'answered',
  answer: 'De IND zet extra beslismedewerkers in.',
  answeredAt: '2021-02-20T14:00:00Z',
  reopenUntil: '2021-03-06T14:00:00Z',
  allowedTransitions: [
    { status: 'closed', name: 'close', textRequired: false },
    { status: 'in_progress', name: 'reopen', textRequired: true },
  ],
});

describe('submitting a signal', () => {
  it('shows the theme’s help text and answer time, keeps one Idempotency-Key for the same content, and opens the new signal', async () => {
    let attempts = 0;
    const stub = stubApi({
      ...signedIn('municipality'),
      'POST /signals': () =>
        ++attempts === 1
          ? problem(503, 'De dienst is even niet beschikbaar.')
          : { status: 201, body: signal(), headers: { ETag: '"1"' } },
      '/signals/s1': () => ({ body: signal(), headers: { ETag: '"1"' } }),
      '/signals/s1/history': () => ({ body: [submittedEvent] }),
    });
    const { user, currentLocation } = renderApp('/signalen/nieuw');
    await screen.findByRole('heading', { level: 1, name: 'Signaal of vraag indienen' });

    await user.click(screen.getByRole('radio', { name: 'Vraag' }));
    await screen.findByRole('option', { name: 'Financiering huisvesting' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Thema' }), 'housing-finance');
    expect(screen.getByRole('combobox', { name: 'Thema' })).toHaveAccessibleDescription(
      'Geld voor het huisvesten van vergunninghouders. Antwoord binnen 15 werkdagen (weekend en feestdagen tellen niet mee).',
    );
    await user.type(screen.getByRole('textbox', { name: 'Onderwerp' }), 'Welke regeling?');
    await user.type(screen.getByRole('textbox', { name: 'Omschrijving' }), 'Wij willen een kantoor ombouwen.');
    await user.click(screen.getByRole('button', { name: 'Indienen' }));
    expect(await screen.findByText('De dienst is even niet beschikbaar.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Indienen' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Uw signaal is ingediend' })).toBeInTheDocument();
    expect(currentLocation().pathname).toBe('/signalen/s1');
    expect(screen.getByText('SIG-2021-000123', { selector: '.hr-reference strong' })).toBeInTheDocument();
    const posts = requests(stub).filter((request) => request.method === 'POST' && request.url.endsWith('/signals'));
    expect(posts).toHaveLength(2);
    const keys = posts.map((request) => request.headers.get('Idempotency-Key'));
    expect(keys[0]).toMatch(/^[\w-]{16,}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(await posts[1]?.clone().json()).toEqual({
      type: 'question',
      theme: 'housing-finance',
      title: 'Welke regeling?',
      description: 'Wij willen een kantoor ombouwen.',
    });
  });

  it('names the missing fields before sending, then shows the API’s reasons in the summary and next to each field', async () => {
    stubApi({
      ...signedIn('province'),
      'POST /signals': () =>
        problem(400, 'De invoer is ongeldig.', {
          invalidParams: [
            { name: 'theme', reason: 'is verplicht' },
            { name: 'title', reason: 'is verplicht' },
          ],
        }),
    });
    const { user } = renderApp('/signalen/nieuw');
    await user.click(await screen.findByRole('button', { name: 'Indienen' }));
    const own = screen.getByRole('alert', { name: 'Er is een probleem' });
    expect(own).toHaveFocus();
    expect(
      within(own)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Kies het thema van uw signaal of vraag.', 'Vul een onderwerp in.', 'Beschrijf uw signaal of vraag.']);
    await user.click(within(own).getByRole('link', { name: 'Vul een onderwerp in.' }));
    expect(screen.getByRole('textbox', { name: 'Onderwerp' })).toHaveFocus();

    // What only the API can check (here stubbed as refused) comes back the same way.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Thema' }), 'housing-finance');
    await user.type(screen.getByRole('textbox', { name: 'Onderwerp' }), 'Welke regeling?');
    await user.type(screen.getByRole('textbox', { name: 'Omschrijving' }), 'Wij willen een kantoor ombouwen.');
    await user.click(screen.getByRole('button', { name: 'Indienen' }));
    const summary = await screen.findByRole('alert', { name: 'Er is een probleem' });
    await waitFor(() => expect(within(summary).getAllByRole('link')).toHaveLength(2));
    expect(screen.getByRole('combobox', { name: 'Thema' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Onderwerp' })).toHaveAccessibleDescription(/Onderwerp is verplicht\./);
    expect(within(summary).getByRole('link', { name: 'Thema is verplicht.' })).toBeInTheDocument();
  });

  it('is not offered to the support team', async () => {
    stubApi(signedIn('support'));
    renderApp('/signalen/nieuw');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    expect(screen.getByText(/Deze pagina is er alleen voor: Gemeente en Provincie\./)).toBeInTheDocument();
  });
});

describe('the list of signals', () => {
  it('gives the support team the queue with its filters from the URL, overdue and example rows marked in words, and the CSV with the same filters', async () => {
    const stub = stubApi({
      ...signedIn('support'),
      '/signals': () => ({
        body: page([
          signal({ id: 'late', reference: 'SIG-2021-000001', overdue: true, status: 'in_progress' }),
          signal({ id: 'demo', reference: 'SIG-2021-000002', example: true, title: 'Voorbeeldvraag' }),
        ]),
      }),
    });
    renderApp('/signalen?status=in_progress&owner=JENV&overdue=true');
    const table = await screen.findByRole('table', { name: 'Signalen, pagina 1 van 1' });
    const late = within(table).getByRole('row', { name: /SIG-2021-000001/ });
    expect(within(late).getByText('Te laat')).toBeInTheDocument();
    expect(late).toHaveClass('hr-signal-row--overdue');
    expect(
      within(within(table).getByRole('row', { name: /SIG-2021-000002/ })).getByText('Voorbeeld'),
    ).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Behandelaar' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('in_progress');
    expect(screen.getByRole('checkbox', { name: 'Alleen signalen die te laat zijn' })).toBeChecked();
    expect(await screen.findByRole('option', { name: 'JenV' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'LRT' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download CSV (deze signalen)' })).toHaveAttribute(
      'href',
      '/api/v1/signals/export?status=in_progress&owner=JENV&overdue=true',
    );
    const list = requests(stub).find((request) => new URL(request.url).pathname === '/api/v1/signals');
    expect(Object.fromEntries(new URL(list?.url ?? 'http://x').searchParams)).toEqual({
      status: 'in_progress',
      owner: 'JENV',
      overdue: 'true',
      page: '1',
      pageSize: '20',
    });
  });

  it('keeps what is typed in the filters while lists load in the background', async () => {
    stubApi({
      ...signedIn('support'),
      '/organisations': () =>
        new Promise((resolve) => setTimeout(() => resolve({ body: page(supportOrganisations, 1, 100) }), 200)),
      '/signals': () => ({ body: page([signal()]) }),
    });
    const { user, currentLocation } = renderApp('/signalen');
    const words = await screen.findByRole('searchbox', { name: 'Kenmerk of onderwerp' });
    await user.type(words, 'IND');
    await screen.findByRole('option', { name: 'JenV' });
    expect(words).toHaveValue('IND');
    await user.click(screen.getByRole('button', { name: 'Filteren' }));
    expect(currentLocation().search).toBe('?q=IND');
  });

  it('gives a municipality "Mijn signalen" without province and owner, ignoring them in the URL', async () => {
    const stub = stubApi({ ...signedIn('municipality'), '/signals': () => ({ body: page([signal()]) }) });
    renderApp('/signalen?owner=JENV&province=PV26');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn signalen' })).toBeInTheDocument();
    await screen.findByRole('table');
    expect(screen.queryByRole('combobox', { name: 'Behandelaar' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Provincie' })).not.toBeInTheDocument();
    const urls = requests(stub).map((request) => new URL(request.url));
    expect(urls.find((url) => url.pathname === '/api/v1/signals')?.searchParams.has('owner')).toBe(false);
    expect(urls.some((url) => url.pathname === '/api/v1/organisations')).toBe(false);
  });
});

describe('one signal', () => {
  it('shows a municipality the answer and the timeline, never asks for notes, and reopens with a reason', async () => {
    let reopened: unknown;
    const stub = stubApi({
      ...signedIn('municipality'),
      '/signals/s1': () => ({ body: answered, headers: { ETag: '"2"' } }),
      '/signals/s1/history': () => ({
        body: [
          submittedEvent,
          {
            ...submittedEvent,
            actorName: 'Ondersteuningsteam JenV (demo)',
            action: 'transition',
            transition: 'answer',
            fromStatus: 'submitted',
            toStatus: 'answered',
            text: 'De IND zet extra beslismedewerkers in.',
          },
        ],
      }),
      'POST /signals/s1/transitions': async (_url, request) => {
        reopened = await request.json();
        return { body: signal({ status: 'in_progress', allowedTransitions: [] }), headers: { ETag: '"3"' } };
      },
    });
    const { user } = renderApp('/signalen/s1');
    const answer = await screen.findByRole('region', { name: 'Antwoord' });
    expect(within(answer).getByText('De IND zet extra beslismedewerkers in.')).toBeInTheDocument();
    const timeline = screen.getByRole('region', { name: 'Verloop' });
    expect(await within(timeline).findByRole('heading', { level: 3, name: 'Beantwoord' })).toBeInTheDocument();
    expect(within(timeline).getByText('Status: van Ingediend naar Beantwoord')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Interne notities' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Thema, prioriteit en behandelaar' })).not.toBeInTheDocument();

    const choice = screen.getByRole('region', { name: 'Wat wilt u doen?' });
    expect(within(choice).getByText(/Dan kunt u het signaal tot 6 mrt 2021, 15:00 heropenen/)).toBeInTheDocument();
    await user.click(within(choice).getByRole('radio', { name: 'Heropenen' }));
    await user.type(
      within(choice).getByRole('textbox', { name: 'Waarom helpt het antwoord niet?' }),
      'Geen termijn genoemd.',
    );
    await user.click(within(choice).getByRole('button', { name: 'Heropenen' }));
    expect(await within(choice).findByText('Gelukt. De status is nu: In behandeling.')).toHaveFocus();
    expect(reopened).toEqual({ status: 'in_progress', text: 'Geen termijn genoemd.' });
    expect(requests(stub).some((request) => request.url.includes('/notes'))).toBe(false);
  });

  it('gives the support team the notes and a classification that sends If-Match, and reloads after a 412', async () => {
    let version = 3;
    let classified: Request | undefined;
    const stub = stubApi({
      ...signedIn('support'),
      '/signals/s1': () => ({
        body: signal({
          status: 'in_progress',
          owner: version > 3 ? { code: 'BZK', name: 'BZK' } : { code: 'JENV', name: 'JenV' },
        }),
        headers: { ETag: `"${version}"` },
      }),
      '/signals/s1/history': () => ({ body: [submittedEvent] }),
      '/signals/s1/notes': () => ({
        body: [
          {
            id: 'n1',
            writtenAt: '2021-02-15T10:00:00Z',
            authorName: 'Ondersteuningsteam COA (demo)',
            text: 'Navraag gedaan bij de IND.',
          },
        ],
      }),
      'PUT /signals/s1/classification': (_url, request) => {
        classified = request;
        version = 4;
        return problem(412, 'Het is intussen gewijzigd (nu versie 4).');
      },
    });
    const { user } = renderApp('/signalen/s1');
    const notes = await screen.findByRole('region', { name: 'Interne notities' });
    expect(await within(notes).findByText('Navraag gedaan bij de IND.')).toBeInTheDocument();

    const classification = screen.getByRole('region', { name: 'Thema, prioriteit en behandelaar' });
    await within(classification).findByRole('option', { name: /^BZK/ });
    await user.selectOptions(within(classification).getByRole('combobox', { name: 'Prioriteit' }), 'high');
    await user.click(within(classification).getByRole('button', { name: 'Opslaan' }));

    const stale = await within(classification).findByRole('alert');
    expect(stale).toHaveTextContent('Iemand anders heeft dit signaal intussen gewijzigd');
    expect(stale).toHaveTextContent('Het is intussen gewijzigd (nu versie 4).');
    expect(classified?.headers.get('If-Match')).toBe('"3"');
    await waitFor(() =>
      expect(within(classification).getByRole('combobox', { name: 'Behandelaar' })).toHaveValue('BZK'),
    );
    expect(
      requests(stub).filter(
        (request) => request.method === 'GET' && new URL(request.url).pathname === '/api/v1/signals/s1',
      ),
    ).toHaveLength(2);
  });

  it('shows the problem’s detail when the signal is not there for this caller', async () => {
    stubApi({
      ...signedIn('municipality'),
      '/signals/other': () => problem(404, 'Signaal other bestaat niet.'),
      '/signals/other/history': () => problem(404, 'Signaal other bestaat niet.'),
    });
    renderApp('/signalen/other');
    expect(await screen.findByRole('alert')).toHaveTextContent('Signaal other bestaat niet.');
  });

  it('links a forwarded signal to the agenda action it feeds', async () => {
    const forwarded = signal({
      status: 'forwarded',
      agendaItem: { id: 'a4', title: 'Uitvoeringsagenda Flexibilisering Asielketen als deel van de IUA' },
    });
    stubApi({
      ...signedIn('municipality'),
      '/signals/s1': () => ({ body: forwarded, headers: { ETag: '"2"' } }),
      '/signals/s1/history': () => ({ body: [submittedEvent] }),
    });
    renderApp('/signalen/s1');
    const facts = await screen.findByRole('region', { name: 'Gegevens' });
    expect(
      within(facts).getByRole('link', { name: 'Uitvoeringsagenda Flexibilisering Asielketen als deel van de IUA' }),
    ).toHaveAttribute('href', '/agenda/a4');
  });
});

describe('the public figures', () => {
  const statistics = {
    from: '2021-01-01',
    to: '2021-02-28',
    total: 3,
    byTheme: [
      { key: 'ind-processing-times', label: 'Doorlooptijden IND', count: 2 },
      { key: 'housing-finance', label: 'Financiering huisvesting', count: 1 },
    ],
    byStatus: [
      { key: 'submitted', label: 'Ingediend', count: 1 },
      { key: 'answered', label: 'Beantwoord', count: 2 },
    ],
    byProvince: [
      { key: 'PV21', label: 'Fryslân', count: 0 },
      { key: 'PV26', label: 'Utrecht', count: 3 },
    ],
    byMonth: [
      { month: '2021-01', total: 1, byTheme: [{ key: 'ind-processing-times', label: 'Doorlooptijden IND', count: 1 }] },
      {
        month: '2021-02',
        total: 2,
        byTheme: [
          { key: 'ind-processing-times', label: 'Doorlooptijden IND', count: 1 },
          { key: 'housing-finance', label: 'Financiering huisvesting', count: 1 },
        ],
      },
    ],
    answered: 2,
    answeredOnTime: 1,
    onTimeShare: 0.5,
    medianWorkingDaysToAnswer: 6.5,
  };

  const values = (chart: HTMLElement) =>
    Array.from(chart.querySelectorAll('[data-value]'), (item) => Number(item.getAttribute('data-value')));
  const column = (table: HTMLElement, index: number) =>
    within(table)
      .getAllByRole('row')
      .slice(1, -1)
      .map((row) => Number(row.querySelectorAll('th, td')[index]?.textContent));

  it('draws each chart from the same figures as the table after it, for anyone', async () => {
    stubApi({
      'POST /sessions/refresh': () => problem(401, 'Geen sessie.'),
      '/signal-themes': () => ({ body: signalThemes }),
      '/signals/statistics': () => ({ body: statistics }),
    });
    renderApp('/signalen/dashboard?from=2021-01-01&to=2021-02-28');
    expect(
      await screen.findByText('Signalen en vragen ingediend van 1 januari 2021 tot en met 28 februari 2021.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Ingediend vanaf')).toHaveValue('2021-01-01');

    const months = screen.getByRole('table', { name: 'Signalen per maand en thema' });
    expect(
      within(months)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Maand', 'Doorlooptijden IND', 'Financiering huisvesting', 'Totaal']);
    expect(column(months, 1)).toEqual([1, 1]);
    expect(column(months, 2)).toEqual([0, 1]);
    expect(column(months, 3)).toEqual([1, 2]);
    expect(values(screen.getByRole('img', { name: 'Staafdiagram: aantal signalen per maand, in totaal.' }))).toEqual([
      1, 2,
    ]);
    expect(
      values(
        screen.getByRole('img', { name: 'Staafdiagram van Financiering huisvesting: aantal signalen per maand.' }),
      ),
    ).toEqual([0, 1]);

    const perProvince = screen.getByRole('table', { name: 'Signalen per provincie' });
    expect(column(perProvince, 1)).toEqual([0, 3]);
    expect(values(screen.getByRole('img', { name: 'Staafdiagram: aantal signalen per provincie.' }))).toEqual([0, 3]);

    const answers = screen.getByRole('table', { name: 'Antwoorden op tijd en te laat' });
    expect(within(answers).getByRole('row', { name: /Aandeel op tijd beantwoord/ })).toHaveTextContent('50%');
    expect(within(answers).getByRole('row', { name: /Mediane tijd/ })).toHaveTextContent('6,5 werkdagen');
    expect(values(screen.getByRole('img', { name: /Balk: van de beantwoorde signalen/ }))).toEqual([1, 1]);
  });

  it('shows one province’s figures when a province is chosen, with the province in the URL', async () => {
    const stub = stubApi({
      'POST /sessions/refresh': () => problem(401, 'Geen sessie.'),
      '/signal-themes': () => ({ body: signalThemes }),
      '/regions': () => ({ body: page(provinces, 1, 100) }),
      '/signals/statistics': () => ({ body: statistics }),
    });
    const { user, currentLocation } = renderApp('/signalen/dashboard');
    const province = await screen.findByRole('combobox', { name: 'Provincie' });
    await waitFor(() => expect(within(province).getByRole('option', { name: 'Noord-Holland' })).toBeInTheDocument());
    expect(province).toHaveValue('');
    await user.selectOptions(province, 'PV27');
    await user.click(screen.getByRole('button', { name: 'Tonen' }));

    expect(currentLocation().search).toContain('province=PV27');
    expect(
      await screen.findByText('Alleen signalen uit de provincie Noord-Holland en haar gemeenten.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(requests(stub).at(-1)?.url).toContain('province=PV27'));
    expect(screen.getByRole('combobox', { name: 'Provincie' })).toHaveValue('PV27');
  });

  it('puts a chosen period in the URL and shows why the API refuses one', async () => {
    const stub = stubApi({
      'POST /sessions/refresh': () => problem(401, 'Geen sessie.'),
      '/signal-themes': () => ({ body: signalThemes }),
      '/signals/statistics': (url) =>
        url.searchParams.get('from') === '2021-03-01'
          ? problem(400, 'De waarde van from is ongeldig: ligt na to.', {
              invalidParams: [{ name: 'from', reason: 'ligt na to' }],
            })
          : { body: statistics },
    });
    const { user, currentLocation } = renderApp('/signalen/dashboard');
    const from = await screen.findByLabelText('Ingediend vanaf');
    await waitFor(() => expect(from).toHaveValue('2021-01-01'));
    await user.clear(from);
    await user.type(from, '2021-03-01');
    await user.click(screen.getByRole('button', { name: 'Tonen' }));
    expect(currentLocation().search).toBe('?from=2021-03-01&to=2021-02-28');
    expect(await screen.findByRole('link', { name: 'Ingediend vanaf ligt na to.' })).toBeInTheDocument();
    expect(screen.getByLabelText('Ingediend vanaf')).toHaveAttribute('aria-invalid', 'true');
    expect(requests(stub).at(-1)?.url).toContain('from=2021-03-01&to=2021-02-28');
  });
});
