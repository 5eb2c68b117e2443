import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { amsterdam, domains, fryslan, organisations } from '@/test/fixtures';
import { page, requestedUrls, stubApi } from '@/test/fetchStub';
import { renderApp } from '@/test/render';

describe('home page', () => {
  it('introduces the Handreiking and shows the three domains from the API', async () => {
    stubApi({ '/domains': () => ({ body: page(domains) }), '/tasks': () => ({ body: { ...page([]), facets: {} } }) });
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Handreiking voor opvang, huisvesting en inburgering',
    );
    const section = screen.getByRole('region', { name: 'Beleidsterreinen' });
    for (const name of ['Opvang', 'Huisvesting', 'Inburgering']) {
      expect(await within(section).findByRole('heading', { level: 3, name })).toBeInTheDocument();
    }
  });

  it('asks for the tasks beside the domains, not after them', async () => {
    const stub = stubApi({
      '/domains': () => new Promise(() => undefined), // still on its way
      '/tasks': () => ({ body: { ...page([]), facets: {} } }),
    });
    renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    await vi.waitFor(() => expect(requestedUrls(stub).map((url) => url.pathname)).toContain('/api/v1/tasks'));
  });

  it('shows the problem detail when the domains cannot be loaded', async () => {
    stubApi({
      '/domains': () => ({
        status: 503,
        contentType: 'application/problem+json',
        body: { title: 'Service Unavailable', status: 503, detail: 'De database is tijdelijk niet bereikbaar.' },
      }),
    });
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Service Unavailable');
    expect(alert).toHaveTextContent('De database is tijdelijk niet bereikbaar.');
    expect(within(alert).getByRole('button', { name: 'Opnieuw proberen' })).toBeInTheDocument();
  });
});

describe('organisations page', () => {
  it('lists organisations and marks support-team members', async () => {
    const stub = stubApi({ '/organisations': () => ({ body: page(organisations, 1, 100) }) });
    renderApp('/organisaties');
    const table = await screen.findByRole('table', { name: 'Organisaties en hun rol' });
    const jenv = within(table).getByRole('row', { name: /JenV/ });
    expect(jenv).toHaveTextContent('Ministerie van Justitie en Veiligheid');
    expect(jenv).toHaveTextContent('Lid');
    expect(within(jenv).getByRole('link', { name: 'coa.nl' })).toHaveAttribute(
      'href',
      'https://www.coa.nl/nl/voor-gemeenten/landelijke-en-provinciale-regietafels',
    );
    expect(within(jenv).getByText(/halfjaarlijkse taakstelling/)).toHaveAttribute('lang', 'nl');
    expect(within(table).getByRole('row', { name: /LRT/ })).toHaveTextContent('Geen lid');
    const listed = requestedUrls(stub).find((url) => url.pathname.endsWith('/organisations'));
    expect(listed?.searchParams.get('pageSize')).toBe('100');
    expect(screen.getByRole('link', { name: 'Download CSV (alle organisaties)' })).toHaveAttribute(
      'href',
      '/api/v1/organisations/export',
    );
  });
});

describe('region detail page', () => {
  it('shows a municipality with its province and population (CBS, 1 January 2020)', async () => {
    stubApi({ '/regions/GM0363': () => ({ body: amsterdam }) });
    renderApp('/regios/GM0363');
    expect(await screen.findByRole('heading', { level: 1, name: 'Amsterdam' })).toBeInTheDocument();
    expect(screen.getByText('Inwoners (CBS, 1 januari 2020)')).toBeInTheDocument();
    expect(screen.getByText('872.757')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Noord-Holland' })).toHaveAttribute('href', '/regios/PV27');
  });

  it('links a province to the list of its municipalities', async () => {
    stubApi({ '/regions/PV21': () => ({ body: fryslan }) });
    renderApp('/regios/PV21');
    expect(await screen.findByRole('link', { name: 'Gemeenten in Fryslân' })).toHaveAttribute(
      'href',
      '/regios?type=municipality&province=PV21',
    );
    expect(screen.getByText('Leeuwarden')).toBeInTheDocument();
    expect(screen.getByText(/649\.957/)).toHaveTextContent('De som van de inwoners van haar gemeenten.');
  });

  it('shows the problem detail for an unknown code', async () => {
    stubApi({
      '/regions/GM9999': () => ({
        status: 404,
        contentType: 'application/problem+json',
        body: { title: 'Not Found', status: 404, detail: 'Er is geen regio met code GM9999.' },
      }),
    });
    renderApp('/regios/GM9999');
    expect(await screen.findByRole('alert')).toHaveTextContent('Er is geen regio met code GM9999.');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Regio GM9999');
    expect(screen.queryByRole('button', { name: 'Opnieuw proberen' })).not.toBeInTheDocument();
  });
});

describe('not-found page', () => {
  it('answers an unknown route with a friendly page inside the layout', async () => {
    stubApi({});
    renderApp('/bestaat-niet');
    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de homepage' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
  });
});
