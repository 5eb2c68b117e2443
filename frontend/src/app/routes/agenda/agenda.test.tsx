import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page, problem, requests, stubApi } from '@/test/fetchStub';
import { session } from '@/test/fixtures';
import { agendaItem } from '@/test/quota';
import { renderApp } from '@/test/render';
import { supportOrganisations } from '@/test/signals';

const funded = agendaItem({
  id: 'a3',
  title: 'Integrale financiële paragraaf op huisvesting',
  owner: { code: 'BZK', name: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties' },
  milestones: [],
  financialEur: 25000000,
  financialNote: 'Raming; besluitvorming bij de voorjaarsnota.',
  signalCount: 2,
  signals: [
    { id: 's1', reference: 'SIG-2021-000123', title: 'Tijdelijke opvanglocaties sluiten', status: 'forwarded' },
    { id: 's2', reference: 'SIG-2021-000124', title: 'Geld voor huisvesting', status: 'forwarded' },
  ],
});
const document = {
  id: 'd1',
  slug: 'brief',
  title: 'Integrale Handreiking voor opvang, huisvesting en inburgering',
  kind: 'letter',
  issuedOn: '2021-02-12',
  summary: 'Brief aan commissarissen en burgemeesters.',
  url: null,
  source: 'seed',
};

function agendaApi(role: 'support' | 'editor' | null, extra: Parameters<typeof stubApi>[0] = {}) {
  const publicFunded = { ...funded, signals: [] };
  return stubApi({
    'POST /sessions/refresh': () => (role ? { body: session(role) } : problem(401, 'Geen geldige sessie meer.')),
    '/agenda-items': () => ({ body: [agendaItem(), role === 'support' ? funded : publicFunded] }),
    '/documents': () => ({ body: [document] }),
    '/organisations': () => ({ body: page(supportOrganisations, 1, 100) }),
    ...extra,
  });
}

describe('the implementation agenda', () => {
  it('shows the milestones in date order with done or not in words, the actions with money and signal counts, and the documents', async () => {
    agendaApi(null);
    renderApp('/agenda');
    const milestones = await screen.findByRole('region', { name: 'Mijlpalen' });
    const entries = await within(milestones).findAllByRole('listitem');
    expect(entries.map((entry) => within(entry).getByRole('heading').textContent)).toEqual([
      '15 december 2020: LRT spreekt een eerste versie af',
      '1 april 2021: Eerste versie IUA',
    ]);
    expect(entries[0]).toHaveTextContent('Afgerond');
    expect(entries[1]).toHaveTextContent('Niet afgerond, datum verstreken');
    expect(
      within(entries[1] as HTMLElement).getByRole('link', { name: 'Eerste versie Integrale Uitvoeringsagenda' }),
    ).toHaveAttribute('href', '/agenda/a1');
    expect(entries[1]).toHaveTextContent('Eigenaar: Landelijke Regietafel Migratie & Integratie');

    const actions = screen.getByRole('region', { name: 'Acties' });
    const first = within(actions)
      .getByRole('heading', { name: 'Eerste versie Integrale Uitvoeringsagenda' })
      .closest('li') as HTMLElement;
    expect(first).toHaveTextContent('Financiële consequentieGeen bedrag bekend');
    expect(first).toHaveTextContent('2 mijlpalen, waarvan 1 afgerond');
    const paragraph = within(actions)
      .getByRole('heading', { name: 'Integrale financiële paragraaf op huisvesting' })
      .closest('li') as HTMLElement;
    expect(paragraph).toHaveTextContent('€ 25.000.000 Raming; besluitvorming bij de voorjaarsnota.');
    expect(paragraph).toHaveTextContent('2 signalen doorgezet naar deze actie');
    expect(within(paragraph).queryByRole('link', { name: 'SIG-2021-000123' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Actie toevoegen' })).not.toBeInTheDocument();
    expect(within(actions).getByRole('link', { name: 'Download CSV (alle acties)' })).toHaveAttribute(
      'href',
      '/api/v1/agenda-items/export',
    );

    const documents = screen.getByRole('region', { name: 'Documenten' });
    expect(within(documents).getByRole('heading', { level: 3 })).toHaveTextContent(
      '12 februari 2021: Integrale Handreiking voor opvang, huisvesting en inburgering',
    );
    expect(documents).toHaveTextContent('Brief · geen openbare vindplaats bekend');
    expect(within(documents).getByRole('link', { name: 'Download CSV (alle documenten)' })).toHaveAttribute(
      'href',
      '/api/v1/documents/export',
    );
  });

  it('gives the support team the forwarded signals’ references as links, and a way to add an action', async () => {
    agendaApi('support');
    renderApp('/agenda');
    expect(await screen.findByRole('link', { name: 'SIG-2021-000123' })).toHaveAttribute('href', '/signalen/s1');
    expect(screen.getByRole('link', { name: 'Actie toevoegen' })).toHaveAttribute('href', '/agenda/nieuw');
  });
});

describe('changing an action', () => {
  it('sends the version it loaded in If-Match, with the milestones as edited and the amount as a number', async () => {
    const stub = agendaApi('editor', {
      'GET /agenda-items/a1': () => ({ body: agendaItem(), headers: { ETag: '"1"' } }),
      'PUT /agenda-items/a1': async (_url, request) => ({
        body: { ...agendaItem(), ...((await request.clone().json()) as object), owner: agendaItem().owner, version: 2 },
        headers: { ETag: '"2"' },
      }),
      '/agenda-items/a1/history': () => ({ body: [] }),
    });
    const { user, currentLocation } = renderApp('/agenda/a1/bewerken');
    const form = await screen.findByRole('form', { name: 'Eerste versie Integrale Uitvoeringsagenda bewerken' });
    await user.click(within(form).getByRole('button', { name: 'Mijlpaal 2 verwijderen' }));
    expect(within(form).getByRole('button', { name: 'Mijlpaal toevoegen' })).toHaveFocus();
    await user.click(within(form).getByRole('button', { name: 'Mijlpaal toevoegen' }));
    const added = within(form).getByRole('group', { name: 'Mijlpaal 2' });
    expect(within(added).getByLabelText('Datum')).toHaveFocus();
    await user.type(within(added).getByLabelText('Datum'), '2021-06-30');
    await user.type(within(added).getByLabelText('Wat er dan klaar is'), 'Financiële paragraaf klaar');
    await user.click(within(added).getByRole('checkbox', { name: 'Afgerond' }));
    await user.type(within(form).getByLabelText('Financiële consequentie in euro'), '25.000.000');
    await user.click(within(form).getByRole('button', { name: 'Wijzigingen opslaan' }));

    await waitFor(() => expect(currentLocation().pathname).toBe('/agenda/a1'));
    const put = requests(stub).find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"1"');
    expect(await put?.clone().json()).toMatchObject({
      owner: 'LRT',
      financialEur: 25000000,
      milestones: [
        { dueOn: '2021-04-01', title: 'Eerste versie IUA', done: false },
        { dueOn: '2021-06-30', title: 'Financiële paragraaf klaar', done: true },
      ],
    });
    expect(await screen.findByText('De wijzigingen zijn opgeslagen als versie 2.')).toBeInTheDocument();
  });

  it('refuses an amount that is not one before asking the API, and shows the API’s reasons next to the fields', async () => {
    const stub = agendaApi('support', {
      'GET /agenda-items/a1': () => ({ body: agendaItem(), headers: { ETag: '"1"' } }),
      'PUT /agenda-items/a1': () =>
        problem(400, '2 parameters of velden zijn ongeldig; zie invalidParams.', {
          invalidParams: [
            { name: 'title', reason: 'is verplicht' },
            { name: 'milestones.title', reason: 'is verplicht' },
          ],
        }),
    });
    const { user } = renderApp('/agenda/a1/bewerken');
    const form = await screen.findByRole('form', { name: /bewerken$/ });
    await user.type(within(form).getByLabelText('Financiële consequentie in euro'), 'veel');
    await user.click(within(form).getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(within(form).getByLabelText('Financiële consequentie in euro')).toHaveAccessibleDescription(
      /Vul een bedrag in euro in/,
    );
    expect(requests(stub).some((request) => request.method === 'PUT')).toBe(false);

    await user.clear(within(form).getByLabelText('Financiële consequentie in euro'));
    await user.clear(within(form).getByLabelText('Titel'));
    await user.click(within(form).getByRole('button', { name: 'Wijzigingen opslaan' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('milestones.title: is verplicht');
    expect(within(form).getByLabelText('Titel')).toHaveAccessibleDescription('Titel is verplicht.');
  });

  it('on 412 says someone else changed it and loads the latest version on request; nothing is overwritten', async () => {
    let version = 1;
    agendaApi('editor', {
      'GET /agenda-items/a1': () => ({
        body: agendaItem({ version, title: version === 1 ? 'Oude titel' : 'Nieuwe titel' }),
        headers: { ETag: `"${version}"` },
      }),
      'PUT /agenda-items/a1': () => {
        version = 2;
        return problem(412, 'Het is intussen gewijzigd (nu versie 2). Haal het opnieuw op.');
      },
    });
    const { user } = renderApp('/agenda/a1/bewerken');
    const form = await screen.findByRole('form', { name: 'Oude titel bewerken' });
    await user.click(within(form).getByRole('button', { name: 'Wijzigingen opslaan' }));
    const reload = await screen.findByRole('button', { name: 'Laatste versie laden' });
    expect(screen.getByText('Iemand anders heeft dit item intussen gewijzigd')).toBeInTheDocument();
    expect(screen.getByText('Het is intussen gewijzigd (nu versie 2). Haal het opnieuw op.')).toBeInTheDocument();
    await user.click(reload);
    expect(await screen.findByRole('form', { name: 'Nieuwe titel bewerken' })).toBeInTheDocument();
    expect(screen.getByLabelText('Titel')).toHaveValue('Nieuwe titel');
  });

  it('is not offered to a municipality', async () => {
    stubApi({
      'POST /sessions/refresh': () => ({ body: session('municipality') }),
      '/regions/GM0344': () => ({ body: { code: 'GM0344', name: 'Utrecht' } }),
    });
    renderApp('/agenda/nieuw');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
  });
});
