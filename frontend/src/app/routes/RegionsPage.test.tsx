import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { amsterdam, provinces } from '@/test/fixtures';
import { page, requestedUrls, stubApi } from '@/test/fetchStub';
import { renderApp } from '@/test/render';

const denHaag = {
  code: 'GM0518',
  name: "'s-Gravenhage",
  type: 'municipality',
  provinceCode: 'PV28',
  provinceName: 'Zuid-Holland',
  population: 545838,
};

/** A /regions stub: provinces for the filter, otherwise a list of 364 regions or the search hits. */
function regionsApi() {
  return stubApi({
    '/regions': (url) => {
      if (url.searchParams.get('type') === 'province' && url.searchParams.get('pageSize') === '100') {
        return { body: page(provinces, 1, 100) };
      }
      const pageNumber = Number(url.searchParams.get('page') ?? 1);
      if (url.searchParams.get('q') === 'den haag') {
        return { body: page([denHaag]) };
      }
      return { body: page([{ ...amsterdam, name: `Amsterdam ${pageNumber}` }], pageNumber, 20, 364) };
    },
  });
}

function listRequests(stub: ReturnType<typeof stubApi>) {
  return requestedUrls(stub).filter((url) => url.searchParams.get('pageSize') === '20');
}

describe('regions page', () => {
  it('lists regions with a result count and paging', async () => {
    regionsApi();
    renderApp('/regios');
    const table = await screen.findByRole('table', { name: "Regio's, pagina 1 van 19" });
    expect(within(table).getByRole('link', { name: 'Amsterdam 1' })).toHaveAttribute('href', '/regios/GM0363');
    expect(screen.getByRole('status')).toHaveTextContent('364 regio’s gevonden');
    const paging = screen.getByRole('navigation', { name: 'Paginering' });
    expect(within(paging).getByRole('link', { name: 'Pagina 1, huidige pagina' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(paging).getByRole('link', { name: 'Pagina 19' })).toBeInTheDocument();
    expect(within(paging).queryByRole('link', { name: 'Vorige' })).not.toBeInTheDocument();
  });

  it('searches by name and puts the search in the URL', async () => {
    const stub = regionsApi();
    const { currentLocation, user } = renderApp('/regios?page=3');
    await screen.findByRole('table');

    await user.type(screen.getByRole('searchbox', { name: 'Naam' }), 'den haag');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Soort' }), 'municipality');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    expect(await screen.findByRole('link', { name: "'s-Gravenhage" })).toBeInTheDocument();
    const params = new URLSearchParams(currentLocation().search);
    expect(params.get('q')).toBe('den haag');
    expect(params.get('type')).toBe('municipality');
    expect(params.has('page')).toBe(false);
    const last = listRequests(stub).at(-1);
    expect(last?.searchParams.get('q')).toBe('den haag');
    expect(last?.searchParams.get('type')).toBe('municipality');
    expect(last?.searchParams.get('page')).toBe('1');
    expect(screen.getByRole('status')).toHaveTextContent('1 regio gevonden');
  });

  it('restores the search from the URL, filters included', async () => {
    const stub = regionsApi();
    renderApp('/regios?q=fryslan&province=PV21&type=municipality&page=2');
    await screen.findByRole('table');
    expect(screen.getByRole('searchbox', { name: 'Naam' })).toHaveValue('fryslan');
    expect(screen.getByRole('combobox', { name: 'Soort' })).toHaveValue('municipality');
    expect(await screen.findByRole('option', { name: 'Fryslân' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Provincie' })).toHaveValue('PV21');
    // the CSV has the same filters, without the page
    expect(screen.getByRole('link', { name: 'Download CSV (deze gemeenten en provincies)' })).toHaveAttribute(
      'href',
      '/api/v1/regions/export?q=fryslan&type=municipality&province=PV21',
    );
    const request = listRequests(stub)[0];
    expect(Object.fromEntries(request?.searchParams ?? [])).toEqual({
      q: 'fryslan',
      province: 'PV21',
      type: 'municipality',
      page: '2',
      pageSize: '20',
    });
  });

  it('pages with next, previous and page numbers, keeping the search in the URL', async () => {
    regionsApi();
    const { currentLocation, user } = renderApp('/regios?type=municipality');
    await screen.findByRole('table', { name: "Regio's, pagina 1 van 19" });

    await user.click(screen.getByRole('link', { name: 'Volgende' }));
    expect(await screen.findByRole('table', { name: "Regio's, pagina 2 van 19" })).toBeInTheDocument();
    expect(currentLocation().search).toBe('?type=municipality&page=2');

    await user.click(screen.getByRole('link', { name: 'Pagina 19' }));
    expect(await screen.findByRole('link', { name: 'Amsterdam 19' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Volgende' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Vorige' }));
    expect(await screen.findByRole('link', { name: 'Amsterdam 18' })).toBeInTheDocument();
    expect(currentLocation().search).toBe('?type=municipality&page=18');
  });

  it('shows the problem detail and the invalid parameters when the API rejects the search', async () => {
    stubApi({
      '/regions': (url) =>
        url.searchParams.get('pageSize') === '100'
          ? { body: page(provinces, 1, 100) }
          : {
              status: 400,
              contentType: 'application/problem+json',
              body: {
                type: 'https://handreiking.example.nl/problems/invalid-input',
                title: 'Bad Request',
                status: 400,
                detail: 'De zoekopdracht bevat ongeldige parameters.',
                invalidParams: [{ name: 'province', reason: 'moet een CBS-provinciecode zijn, zoals PV27' }],
              },
            },
    });
    renderApp('/regios?province=XX');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('De zoekopdracht bevat ongeldige parameters.');
    expect(alert).toHaveTextContent('province: moet een CBS-provinciecode zijn, zoals PV27');
    expect(alert).toHaveTextContent('Statuscode 400');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
