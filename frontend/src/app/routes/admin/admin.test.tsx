import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { organisations, session, users } from '@/test/fixtures';
import { page, problem, requestedUrls, requests, stubApi } from '@/test/fetchStub';
import { renderApp } from '@/test/render';

const coa = {
  code: 'COA',
  abbreviation: 'COA',
  name: 'Centraal Orgaan opvang asielzoekers',
  kind: 'agency',
  supportTeam: true,
};

/** An administrator is signed in; the handlers answer the admin API. */
function asAdmin(handlers: Parameters<typeof stubApi>[0]) {
  return stubApi({ 'POST /sessions/refresh': () => ({ body: session('admin') }), ...handlers });
}

describe('users', () => {
  it('lists accounts with role and status in words, and filters through the URL', async () => {
    const stub = asAdmin({ '/users': () => ({ body: page(users) }) });
    const { user, currentLocation } = renderApp('/beheer/gebruikers');
    const table = await screen.findByRole('table', { name: 'Accounts, pagina 1 van 1' });
    const utrecht = within(table).getByRole('row', { name: /Gemeente Utrecht/ });
    expect(utrecht).toHaveTextContent('Gemeente');
    expect(utrecht).toHaveTextContent('GM0344');
    expect(utrecht).toHaveTextContent('Gedeactiveerd');
    expect(within(utrecht).getByRole('link', { name: 'Gemeente Utrecht (demo)' })).toHaveAttribute(
      'href',
      '/beheer/gebruikers/d74138bb-5caf-4d9b-b1cb-6643c272d6f4',
    );

    await user.type(screen.getByRole('searchbox', { name: 'Naam of e-mailadres' }), 'utrecht');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rol' }), 'municipality');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'false');
    await user.click(screen.getByRole('button', { name: 'Filteren' }));

    expect(currentLocation().search).toBe('?q=utrecht&role=municipality&active=false');
    const last = requestedUrls(stub)
      .filter((url) => url.pathname.endsWith('/users'))
      .at(-1);
    expect(Object.fromEntries(last?.searchParams ?? [])).toEqual({
      q: 'utrecht',
      role: 'municipality',
      active: 'false',
      page: '1',
      pageSize: '20',
    });
  });

  it('shows a display name with HTML in it as text', async () => {
    const name = '<img src=x onerror=alert(1)>';
    asAdmin({ '/users': () => ({ body: page([{ ...users[0], displayName: name }]) }) });
    renderApp('/beheer/gebruikers');
    expect(await screen.findByRole('link', { name })).toBeInTheDocument();
    expect(document.querySelector('main img')).toBeNull();
  });

  it('asks for a region code for a municipality and a support-team organisation for support', async () => {
    asAdmin({ '/organisations': () => ({ body: page([...organisations, coa], 1, 100) }) });
    const { user } = renderApp('/beheer/gebruikers/nieuw');
    await screen.findByRole('heading', { level: 1, name: 'Nieuw account' });
    expect(screen.queryByLabelText('Organisatie')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Rol' }), 'municipality');
    expect(screen.getByRole('textbox', { name: 'Code van de gemeente of provincie' })).toHaveAccessibleDescription(
      'De CBS-code van de gemeente, zoals GM0344 (Utrecht).',
    );
    expect(screen.queryByRole('combobox', { name: 'Organisatie' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Rol' }), 'support');
    const organisation = screen.getByRole('combobox', { name: 'Organisatie' });
    expect(
      within(organisation)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Kies een organisatie',
      'JenV – Ministerie van Justitie en Veiligheid',
      'COA – Centraal Orgaan opvang asielzoekers',
    ]);
    expect(screen.queryByRole('textbox', { name: 'Code van de gemeente of provincie' })).not.toBeInTheDocument();
  });

  it('shows the API’s reasons next to the fields, then opens the new account', async () => {
    let attempt = 0;
    const stub = asAdmin({
      '/organisations': () => ({ body: page([coa], 1, 100) }),
      'POST /users': () =>
        ++attempt === 1
          ? problem(400, '2 parameters of velden zijn ongeldig; zie invalidParams.', {
              invalidParams: [
                { name: 'regionCode', reason: 'moet een gemeentecode als GM0344 zijn die bestaat' },
                { name: 'password', reason: 'moet minstens 12 tekens lang zijn' },
              ],
            })
          : { status: 201, body: { ...users[1], id: 'new-id', displayName: 'A. de Vries', active: true, demo: false } },
      '/users/new-id': () => ({
        body: { ...users[1], id: 'new-id', displayName: 'A. de Vries', active: true, demo: false },
      }),
    });
    const { user, currentLocation } = renderApp('/beheer/gebruikers/nieuw');
    await user.type(await screen.findByRole('textbox', { name: 'E-mailadres' }), 'beleid@zwolle.example');
    await user.type(screen.getByRole('textbox', { name: 'Naam' }), 'A. de Vries');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rol' }), 'municipality');
    await user.type(screen.getByRole('textbox', { name: 'Code van de gemeente of provincie' }), 'gm9999');
    await user.type(screen.getByLabelText('Eerste wachtwoord'), 'kort');
    await user.click(screen.getByRole('button', { name: 'Account aanmaken' }));

    const region = screen.getByRole('textbox', { name: 'Code van de gemeente of provincie' });
    const summary = await screen.findByRole('alert', { name: 'Er is een probleem' });
    expect(summary).toHaveFocus();
    expect(region).toBeInvalid();
    expect(region).toHaveAccessibleDescription(/moet een gemeentecode als GM0344 zijn die bestaat/);
    await user.click(
      within(summary).getByRole('link', { name: /^Code van de gemeente of provincie moet een gemeentecode/ }),
    );
    expect(region).toHaveFocus();
    expect(screen.getByLabelText('Eerste wachtwoord')).toHaveAccessibleDescription(/moet minstens 12 tekens lang zijn/);
    const body = await requests(stub)
      .find((request) => request.method === 'POST' && request.url.endsWith('/users'))
      ?.json();
    expect(body).toEqual({
      email: 'beleid@zwolle.example',
      displayName: 'A. de Vries',
      role: 'municipality',
      organisationCode: null,
      regionCode: 'GM9999',
      password: 'kort',
    });

    await user.click(screen.getByRole('button', { name: 'Account aanmaken' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'A. de Vries' })).toBeInTheDocument();
    expect(screen.getByText('Het account is aangemaakt.')).toBeInTheDocument();
    expect(currentLocation().pathname).toBe('/beheer/gebruikers/new-id');
  });

  it('deactivates an account and shows a temporary password once after confirming', async () => {
    let account = { ...users[0]!, active: true };
    const admin = account;
    const stub = asAdmin({
      [`GET /users/${admin.id}`]: () => ({ body: account }),
      [`PATCH /users/${admin.id}`]: async (_url, request) => {
        account = { ...account, ...(await request.clone().json()) };
        return { body: account };
      },
      [`POST /users/${admin.id}/password-resets`]: () => ({
        status: 201,
        body: { temporaryPassword: 'Tijdelijk-123456' },
      }),
      '/users': () => ({ body: page(users) }),
    });
    const { user } = renderApp(`/beheer/gebruikers/${admin.id}`);

    await user.click(await screen.findByRole('button', { name: 'Deactiveren' }));
    expect(
      await screen.findByText('Het account is gedeactiveerd. Alle sessies van dit account zijn beëindigd.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Heractiveren' })).toHaveFocus();
    const patch = requests(stub).find((request) => request.method === 'PATCH');
    expect(await patch?.json()).toEqual({ active: false });

    await user.click(screen.getByRole('button', { name: 'Wachtwoord opnieuw instellen' }));
    const confirm = screen.getByRole('group', { name: /Weet u het zeker\?/ });
    expect(within(confirm).getByRole('button', { name: 'Ja, tijdelijk wachtwoord maken' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Ja, tijdelijk wachtwoord maken' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Tijdelijk wachtwoord' })).toHaveFocus();
    expect(screen.getByText('Tijdelijk-123456')).toBeInTheDocument();
    expect(screen.getByText(/Dit wachtwoord wordt maar één keer getoond/)).toBeInTheDocument();
  });
});

describe('API clients', () => {
  const client = {
    id: 'c1',
    clientId: 'hr-3f9a1c2b7d4e',
    name: 'Zaaksysteem gemeente Utrecht',
    scopes: ['signals:write'],
    regionCode: 'GM0344',
    createdAt: '2021-02-12T09:30:00Z',
    revokedAt: null,
  };

  it('creates a client with the chosen scopes and shows its secret once', async () => {
    const stub = asAdmin({
      '/organisations': () => ({ body: page([coa], 1, 100) }),
      'POST /api-clients': () => ({ status: 201, body: { ...client, clientSecret: 'geheim-eenmalig-42' } }),
    });
    const { user } = renderApp('/beheer/api-clients/nieuw');
    await user.type(await screen.findByRole('textbox', { name: 'Naam van het systeem' }), client.name);
    const scopes = screen.getByRole('group', { name: 'Scopes' });
    await user.click(within(scopes).getByRole('checkbox', { name: /Signalen en vragen indienen/ }));
    await user.type(screen.getByRole('textbox', { name: /Code van de gemeente of provincie/ }), 'gm0344');
    await user.click(screen.getByRole('button', { name: 'API-client aanmaken' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'API-client aangemaakt' })).toHaveFocus();
    expect(screen.getByText('geheim-eenmalig-42')).toBeInTheDocument();
    expect(screen.getByText(/Het geheim wordt maar één keer getoond/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Geheim kopiëren' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'API-client aanmaken' })).not.toBeInTheDocument();
    const body = await requests(stub)
      .find((request) => request.method === 'POST' && request.url.endsWith('/api-clients'))
      ?.json();
    expect(body).toEqual({
      name: client.name,
      scopes: ['signals:write'],
      organisationCode: null,
      regionCode: 'GM0344',
    });
  });

  it('revokes a client only after confirming, and can be cancelled', async () => {
    let revoked = false;
    const stub = asAdmin({
      '/api-clients': () => ({ body: page([revoked ? { ...client, revokedAt: '2021-03-01T12:00:00Z' } : client]) }),
      'DELETE /api-clients/c1': () => {
        revoked = true;
        return { status: 204 };
      },
    });
    const { user } = renderApp('/beheer/api-clients');
    const row = within(await screen.findByRole('table')).getByRole('row', { name: /Zaaksysteem/ });

    await user.click(within(row).getByRole('button', { name: 'Intrekken Zaaksysteem gemeente Utrecht' }));
    await user.click(within(row).getByRole('button', { name: 'Annuleren' }));
    expect(within(row).getByRole('button', { name: 'Intrekken Zaaksysteem gemeente Utrecht' })).toHaveFocus();
    expect(requests(stub).some((request) => request.method === 'DELETE')).toBe(false);

    await user.click(within(row).getByRole('button', { name: 'Intrekken Zaaksysteem gemeente Utrecht' }));
    expect(within(row).getByRole('group')).toHaveAccessibleName(
      /Weet u zeker dat u Zaaksysteem gemeente Utrecht wilt intrekken\?/,
    );
    await user.click(within(row).getByRole('button', { name: 'Ja, intrekken' }));

    expect(await screen.findByText('API-client Zaaksysteem gemeente Utrecht is ingetrokken.')).toBeInTheDocument();
    expect(await screen.findByText('Ingetrokken op 1 mrt 2021, 13:00')).toBeInTheDocument();
  });
});

describe('audit log', () => {
  it('shows changes newest first with actions in words, filtered by item from the URL', async () => {
    const stub = asAdmin({
      '/audit-events': () => ({
        body: page([
          {
            id: 9,
            occurredAt: '2021-02-12T09:30:00Z',
            actorType: 'user',
            actorId: 'a',
            actorName: 'Beheerder Handreiking (demo)',
            action: 'deactivated',
            entityType: 'user',
            entityId: 'u1',
            summary: 'Account gemeente.utrecht@handreiking.test gedeactiveerd',
          },
        ]),
      }),
    });
    renderApp('/beheer/auditlog?entityType=user&entityId=u1');
    const row = within(await screen.findByRole('table', { name: 'Auditlog, pagina 1 van 1' })).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('12 feb 2021, 10:30');
    expect(row).toHaveTextContent('Beheerder Handreiking (demo) (persoon)');
    expect(row).toHaveTextContent('Gedeactiveerd');
    expect(row).toHaveTextContent('Account');
    expect(screen.getByText(/Alleen wijzigingen aan item u1/)).toBeInTheDocument();
    const url = requestedUrls(stub).find((request) => request.pathname.endsWith('/audit-events'));
    expect(url?.searchParams.get('entityType')).toBe('user');
    expect(url?.searchParams.get('entityId')).toBe('u1');
  });

  it('names the actions and kinds of the whole API in words, and offers every kind it lists as a filter', async () => {
    const event = (id: number, action: string, entityType: string) => ({
      id,
      occurredAt: '2021-03-01T12:00:00Z',
      actorType: 'user',
      actorId: 'a',
      actorName: 'Ondersteuningsteam COA (demo)',
      action,
      entityType,
      entityId: `e${id}`,
      summary: 'x',
    });
    asAdmin({
      '/audit-events': () => ({
        body: page([
          event(1, 'answer', 'signal'),
          event(2, 'published', 'funding'),
          event(3, 'updated', 'agenda-item'),
          event(4, 'imported', 'housing-quota'),
          event(5, 'updated', 'provincial-plan'),
          event(6, 'linked', 'task'),
          event(7, 'draft', 'measure'),
        ]),
      }),
    });
    renderApp('/beheer/auditlog');
    const table = await screen.findByRole('table', { name: 'Auditlog, pagina 1 van 1' });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(1, 3)
          .map((cell) => cell.textContent),
      );
    expect(cells).toEqual([
      ['Beantwoord', 'Signaal of vraag'],
      ['Gepubliceerd', 'Financiering'],
      ['Gewijzigd', 'Actie van de uitvoeringsagenda'],
      ['Cijfers ingelezen', 'Taakstelling'],
      ['Gewijzigd', 'Provinciaal plan'],
      ['Gekoppeld', 'Opgave'],
      ['Teruggezet naar concept', 'Maatregel'],
    ]);
    const options = within(screen.getByRole('combobox', { name: 'Soort item' }))
      .getAllByRole('option')
      .map((option) => option.textContent);
    for (const [, kind] of cells) expect(options).toContain(kind);
    expect(options).toEqual(expect.arrayContaining(['Account', 'API-client']));
  });

  it('names the status or role an event changed in words, not as the API codes it', async () => {
    const event = (
      id: number,
      entityType: string,
      summary: string,
      change: { field: 'status' | 'role'; from: string | null; to: string },
    ) => ({
      id,
      occurredAt: '2021-03-01T12:00:00Z',
      actorType: 'user',
      actorId: 'a',
      actorName: 'Beheerder Handreiking (demo)',
      action: 'updated',
      entityType,
      entityId: `e${id}`,
      summary,
      change,
    });
    asAdmin({
      '/audit-events': () => ({
        body: page([
          event(1, 'signal', 'SIG-2021-0001', { field: 'status', from: 'submitted', to: 'in_progress' }),
          event(2, 'provincial-plan', 'Provinciaal plan Gelderland', {
            field: 'status',
            from: 'unknown',
            to: 'delivered',
          }),
          event(3, 'user', 'Account aangemaakt voor iemand@bzk.handreiking.test (BZK)', {
            field: 'role',
            from: null,
            to: 'editor',
          }),
          event(4, 'signal', 'SIG-2021-0002', { field: 'status', from: null, to: 'iets_nieuws' }),
        ]),
      }),
    });
    renderApp('/beheer/auditlog');
    const table = await screen.findByRole('table', { name: 'Auditlog, pagina 1 van 1' });
    const summaries = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[3]?.textContent);
    expect(summaries).toEqual([
      'SIG-2021-0001: status van Ingediend naar In behandeling',
      'Provinciaal plan Gelderland: status van Onbekend naar Opgeleverd',
      'Account aangemaakt voor iemand@bzk.handreiking.test (BZK): rol Redacteur',
      'SIG-2021-0002: status iets_nieuws',
    ]);
    expect(table).not.toHaveTextContent(/in_progress|delivered|editor/);
  });
});
