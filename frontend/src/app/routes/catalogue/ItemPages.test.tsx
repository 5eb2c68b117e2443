import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogueOrganisations, funding, measure, searchPage, task } from '@/test/catalogue';
import { domains, session } from '@/test/fixtures';
import { page, problem, requestedUrls, stubApi } from '@/test/fetchStub';
import { renderApp } from '@/test/render';

const signedOut = () => problem(401, 'Geen geldige sessie meer.');
const organisations = () => ({ body: page(catalogueOrganisations, 1, 100) });
const link = (item: { id: string; title: string; slug: string }, kind: string) => ({
  id: item.id,
  kind,
  title: item.title,
  slug: item.slug,
  status: 'published',
  href: `/api/v1/x/${item.id}`,
});

describe('home page tasks', () => {
  it('lists the published tasks under each domain, each linking to its page', async () => {
    const stub = stubApi({
      'POST /sessions/refresh': signedOut,
      '/domains': () => ({ body: page(domains) }),
      '/tasks': () => ({
        body: searchPage([
          task(),
          task({ id: 't2', title: 'Doorstroom versnellen', domains: ['housing', 'reception'] }),
          task({ id: 't3', title: 'Taakstelling halen', domains: ['housing'] }),
        ]),
      }),
    });
    renderApp('/');
    const reception = (await screen.findByRole('heading', { level: 3, name: 'Opvang' })).closest('li') as HTMLElement;
    const list = await within(reception).findByRole('list', { name: 'Opgaven' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((item) => item.textContent),
    ).toEqual(['Voldoende opvangplekken realiseren', 'Doorstroom versnellen']);
    expect(within(list).getByRole('link', { name: 'Voldoende opvangplekken realiseren' })).toHaveAttribute(
      'href',
      '/opgaven/t1',
    );
    const housing = screen.getByRole('heading', { level: 3, name: 'Huisvesting' }).closest('li') as HTMLElement;
    expect(
      within(housing)
        .getAllByRole('link')
        .map((item) => item.textContent),
    ).toEqual(['Doorstroom versnellen', 'Taakstelling halen']);
    const calls = requestedUrls(stub).filter((url) => url.pathname === '/api/v1/tasks');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.searchParams.get('status')).toBe('published');
  });
});

describe('task page', () => {
  it('shows the task and, for every linked measure and funding item, who offers it and how to apply', async () => {
    const offered = measure();
    const money = funding();
    stubApi({
      'POST /sessions/refresh': signedOut,
      '/organisations': organisations,
      '/tasks/t1': () => ({
        body: task({
          body: 'Eerste alinea.\n\nTweede alinea, zie https://www.coa.nl.',
          links: [link(offered, 'measure'), link(money, 'funding')],
        }),
        headers: { ETag: '"1"' },
      }),
      '/measures/m1': () => ({ body: offered }),
      '/funding/f1': () => ({ body: money }),
    });
    renderApp('/opgaven/t1');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Voldoende opvangplekken realiseren' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Centraal Orgaan opvang asielzoekers', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByText('tot en met 31 december 2021')).toBeInTheDocument();
    expect(screen.getByText('Eerste alinea.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'https://www.coa.nl' })).toHaveAttribute('href', 'https://www.coa.nl');

    const measures = screen.getByRole('region', { name: 'Ondersteuningsmaatregelen' });
    const card = within(measures).getByRole('article');
    expect(within(card).getByRole('link', { name: 'Bestuursovereenkomst voor een azc' })).toHaveAttribute(
      'href',
      '/maatregelen/m1',
    );
    expect(await within(card).findByText('Gemeente en COA maken de afspraken samen.')).toBeInTheDocument();
    expect(card).toHaveTextContent('Aangeboden doorCentraal Orgaan opvang asielzoekers');

    const fundingCard = within(screen.getByRole('region', { name: 'Financiering' })).getByRole('article');
    expect(await within(fundingCard).findByText('€ 32.500 per aanvrager')).toBeInTheDocument();
    expect(fundingCard).toHaveTextContent(
      'Verstrekt doorMinisterie van Justitie en Veiligheid, Centraal Orgaan opvang asielzoekers',
    );
    expect(fundingCard).toHaveTextContent('27 mei 2021 tot en met 11 juni 2021');
    expect(
      within(fundingCard).getByRole('link', { name: 'Zet in agenda: Financiële impuls grote gezinnen' }),
    ).toHaveAttribute('href', '/api/v1/funding/f1/calendar');
    expect(screen.queryByRole('link', { name: 'Bewerken' })).not.toBeInTheDocument();
  });

  it('shows the API’s detail when the task does not exist or is not published', async () => {
    stubApi({
      'POST /sessions/refresh': signedOut,
      '/organisations': organisations,
      '/tasks/t9': () => problem(404, 'Er is geen opgave met deze id die u mag zien.'),
    });
    renderApp('/opgaven/t9');
    expect(await screen.findByRole('alert')).toHaveTextContent('Er is geen opgave met deze id die u mag zien.');
  });
});

describe('funding page', () => {
  it('formats amounts in euro, shows the window and offers editors the edit and history links', async () => {
    stubApi({
      'POST /sessions/refresh': () => ({ body: session('editor') }),
      '/organisations': organisations,
      '/funding/f1': () => ({ body: funding({ totalBudgetEur: 450000000, status: 'draft' }) }),
    });
    renderApp('/financiering/f1');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Financiële impuls grote gezinnen' }),
    ).toBeInTheDocument();
    expect(screen.getByText('€ 450.000.000')).toBeInTheDocument();
    expect(screen.getByText('€ 32.500')).toBeInTheDocument();
    expect(screen.getByText('Gesloten')).toBeInTheDocument();
    expect(screen.getByText('Concept')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bewerken' })).toHaveAttribute('href', '/redactie/financiering/f1');
    expect(screen.getByRole('link', { name: 'Geschiedenis' })).toHaveAttribute(
      'href',
      '/redactie/financiering/f1/geschiedenis',
    );
    expect(structuredDataInHead(), 'a draft is not described for search engines').toEqual([]);
  });

  it('describes a published funding item as a schema.org MonetaryGrant in the head, and removes it on leaving', async () => {
    stubApi({
      'POST /sessions/refresh': signedOut,
      '/organisations': organisations,
      '/funding/f1': () => ({ body: funding() }),
    });
    const { unmount } = renderApp('/financiering/f1');
    await screen.findByRole('heading', { level: 1, name: 'Financiële impuls grote gezinnen' });
    await waitFor(() => expect(structuredDataInHead()[0]?.funder).toHaveLength(2));
    const [grant] = structuredDataInHead();
    expect(grant).toMatchObject({
      '@type': 'MonetaryGrant',
      name: 'Financiële impuls grote gezinnen',
      url: `${window.location.origin}/financiering/f1`,
      funder: [
        { '@type': 'GovernmentOrganization', name: 'Ministerie van Justitie en Veiligheid' },
        { '@type': 'GovernmentOrganization', name: 'Centraal Orgaan opvang asielzoekers' },
      ],
      amount: { '@type': 'MonetaryAmount', currency: 'EUR', value: 1000000, validThrough: '2021-06-11' },
    });
    unmount();
    expect(structuredDataInHead()).toEqual([]);
  });
});

/** The schema.org data blocks in the document head, read back as JSON. */
function structuredDataInHead(): Record<string, unknown>[] {
  return [...document.head.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>,
  );
}

describe('funding overview', () => {
  it('lists funding by closing date, open only where the window says so and unknown as unknown, each closing date to add to a calendar', async () => {
    const stub = stubApi({
      'POST /sessions/refresh': signedOut,
      '/organisations': organisations,
      '/funding': () => ({
        body: searchPage([
          funding(),
          funding({
            id: 'f2',
            title: 'Regeling later',
            opensOn: '2999-01-01',
            closesOn: '2999-02-01',
            windowStatus: 'upcoming',
          }),
          funding({
            id: 'f3',
            title: 'Regeling zonder sluitingsdatum',
            opensOn: '2021-03-22',
            closesOn: null,
            amountPerApplicantEur: null,
            totalBudgetEur: null,
            windowStatus: 'unknown',
          }),
          funding({
            id: 'f4',
            title: 'Vaste regeling',
            opensOn: null,
            closesOn: null,
            openEnded: true,
            windowStatus: 'open',
          }),
          funding({
            id: 'f5',
            title: 'Regeling van 2021',
            opensOn: '2021-10-28',
            closesOn: null,
            windowEnded: true,
            windowStatus: 'closed',
          }),
        ]),
      }),
    });
    renderApp('/financiering');
    const table = await screen.findByRole('table', { name: 'Financiering op sluitingsdatum' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[4]?.textContent)).toEqual([
      'Gesloten',
      'Nog niet open',
      'Aanvraagperiode onbekend',
      'Open',
      'Gesloten',
    ]);
    expect(
      within(rows[0] as HTMLElement).getByRole('link', { name: 'Zet in agenda: Financiële impuls grote gezinnen' }),
    ).toHaveAttribute('href', '/api/v1/funding/f1/calendar');
    expect(rows[2]).toHaveTextContent('Sluitingsdatum onbekend');
    expect(within(rows[2] as HTMLElement).queryByRole('link', { name: /Zet in agenda/ })).not.toBeInTheDocument();
    expect(rows[3]).toHaveTextContent('Doorlopende regeling (geen sluitingsdatum)');
    expect(rows[4]).toHaveTextContent('Voorbij; de sluitingsdatum staat niet in de bron');
    expect(screen.getByRole('link', { name: 'Alle sluitingsdata als agenda (.ics)' })).toHaveAttribute(
      'href',
      '/api/v1/funding/calendar',
    );
    const call = requestedUrls(stub).find((url) => url.pathname === '/api/v1/funding');
    expect(call?.searchParams.get('sort')).toBe('closesOn');
  });
});
