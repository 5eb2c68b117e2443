import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH } from '@/lib/catalogue';
import { catalogueOrganisations, funding, searchPage, task } from '@/test/catalogue';
import { session } from '@/test/fixtures';
import { page, problem, requestedUrls, stubApi } from '@/test/fetchStub';
import { renderApp } from '@/test/render';
import { finderParams, parseFinderParams } from './FinderPage';

const signedOut = () => problem(401, 'Geen geldige sessie meer.');
const organisations = () => ({ body: page(catalogueOrganisations, 1, 100) });

const housingFunding = funding({
  snippet: 'Met deze ⟦financiële⟧ impuls <script>alert(1)</script> kreeg een gemeente geld',
});
const fundingFacets = {
  domain: [
    { value: 'housing', count: 1 },
    { value: 'reception', count: 2 },
  ],
  audience: [{ value: 'municipality', count: 1 }],
  organisation: [{ value: 'JENV', count: 1 }],
  status: [{ value: 'published', count: 1 }],
};

function query(url: URL | undefined): Record<string, string> {
  return Object.fromEntries(url?.searchParams ?? []);
}

describe('finder URL', () => {
  it('holds the whole search and reads it back unchanged', () => {
    const search = {
      ...EMPTY_SEARCH,
      q: 'financiële impuls',
      domain: 'housing',
      audience: 'municipality',
      organisation: 'BZK',
      status: 'draft',
      openOn: '2021-06-01',
      sort: 'closesOn',
      page: 3,
    } as const;
    const params = finderParams('funding', search);
    expect(params.toString()).toBe(
      'kind=funding&q=financi%C3%ABle+impuls&domain=housing&audience=municipality&organisation=BZK&status=draft&openOn=2021-06-01&sort=closesOn&page=3',
    );
    expect(parseFinderParams(new URLSearchParams(params.toString()))).toEqual({ kind: 'funding', search });
  });

  it('leaves out what is empty and drops what it does not know', () => {
    expect(finderParams('task', EMPTY_SEARCH).toString()).toBe('kind=task');
    const parsed = parseFinderParams(
      new URLSearchParams('kind=iets&domain=mars&openOn=gisteren&sort=random&page=-2&organisation=<b>'),
    );
    expect(parsed).toEqual({ kind: 'task', search: EMPTY_SEARCH });
  });
});

describe('finder page', () => {
  it('starts from the URL: asks the API for that search and fills in the form, tabs and filters', async () => {
    const stub = stubApi({
      'POST /sessions/refresh': signedOut,
      '/organisations': organisations,
      '/funding': () => ({ body: searchPage([housingFunding], fundingFacets) }),
    });
    renderApp('/zoeken?kind=funding&q=financiele&domain=housing&audience=municipality&openOn=2021-06-01&sort=closesOn');

    const result = await screen.findByRole('heading', { level: 3, name: 'Financiële impuls grote gezinnen' });
    const call = requestedUrls(stub).find((url) => url.pathname === '/api/v1/funding');
    expect(query(call)).toEqual({
      q: 'financiele',
      domain: 'housing',
      audience: 'municipality',
      openOn: '2021-06-01',
      sort: 'closesOn',
      page: '1',
      pageSize: '20',
    });
    expect(screen.getByRole('searchbox', { name: 'Zoekwoorden' })).toHaveValue('financiele');
    expect(screen.getByLabelText('Open op')).toHaveValue('2021-06-01');
    expect(screen.getByRole('combobox', { name: 'Sorteren op' })).toHaveValue('closesOn');
    expect(screen.getByRole('link', { name: 'Financiering', current: 'page' })).toBeInTheDocument();

    const item = result.closest('li') as HTMLElement;
    expect(within(item).getByText('financiële', { selector: 'mark' })).toBeInTheDocument();
    expect(item).toHaveTextContent('<script>alert(1)</script>');
    expect(item.querySelector('script')).toBeNull();
    // the snippet comes from the middle of the text, so an ellipsis says so on both sides
    expect(item.querySelector('.hr-result__text')).toHaveTextContent(
      /^… Met deze financiële impuls .* kreeg een gemeente geld …$/,
    );
    expect(item).toHaveTextContent('Sluit op 11 juni 2021');
    expect(item).toHaveTextContent('€ 32.500 per aanvrager');

    const filters = screen.getByRole('complementary', { name: 'Filteren' });
    expect(within(filters).getByRole('link', { name: 'Huisvesting (1)' })).toHaveAttribute('aria-current', 'true');
    expect(
      within(filters).getByRole('link', { name: 'Ministerie van Justitie en Veiligheid (1)' }),
    ).toBeInTheDocument();
    expect(within(filters).queryByRole('heading', { name: 'Status' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download CSV (deze resultaten)' })).toHaveAttribute(
      'href',
      '/api/v1/funding/export?q=financiele&domain=housing&audience=municipality&openOn=2021-06-01&sort=closesOn',
    );
  });

  it('puts a new search and each filter in the URL, starting again at page 1', async () => {
    stubApi({
      'POST /sessions/refresh': signedOut,
      '/organisations': organisations,
      '/funding': () => ({ body: searchPage([housingFunding], fundingFacets) }),
      '/tasks': () => ({ body: searchPage([task()]) }),
    });
    const { user, currentLocation } = renderApp('/zoeken?kind=funding&domain=housing&page=2');
    await screen.findByRole('heading', { level: 3, name: 'Financiële impuls grote gezinnen' });

    const box = screen.getByRole('searchbox', { name: 'Zoekwoorden' });
    await user.type(box, 'financiele');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(currentLocation().search).toBe('?kind=funding&q=financiele&domain=housing');

    await user.click(screen.getByRole('link', { name: 'Opvang (2)' }));
    expect(currentLocation().search).toBe('?kind=funding&q=financiele&domain=reception');

    await user.click(screen.getByRole('link', { name: 'Opgaven' }));
    expect(currentLocation().search).toBe('?kind=task&q=financiele&domain=reception');
    expect(
      await screen.findByRole('heading', { level: 3, name: 'Voldoende opvangplekken realiseren' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Zoekwoorden' })).toHaveValue('financiele');
  });

  it('lets editors filter on status', async () => {
    const editorStub = stubApi({
      'POST /sessions/refresh': () => ({ body: session('editor') }),
      '/organisations': organisations,
      '/tasks': () => ({ body: searchPage([task({ status: 'draft' })], { status: [{ value: 'draft', count: 1 }] }) }),
    });
    renderApp('/zoeken?kind=task&status=draft');
    const filters = await screen.findByRole('complementary', { name: 'Filteren' });
    expect(await within(filters).findByRole('link', { name: 'Concept (1)' })).toHaveAttribute('aria-current', 'true');
    expect(query(requestedUrls(editorStub).find((url) => url.pathname === '/api/v1/tasks')).status).toBe('draft');
    expect(await screen.findByText('Concept', { selector: '[data-status]' })).toBeInTheDocument();
  });

  it('ignores a status filter in the URL for anyone but an editor', async () => {
    const publicStub = stubApi({
      'POST /sessions/refresh': signedOut,
      '/organisations': organisations,
      '/tasks': () => ({ body: searchPage([task()]) }),
    });
    renderApp('/zoeken?kind=task&status=draft');
    await screen.findByRole('heading', { level: 3, name: 'Voldoende opvangplekken realiseren' });
    expect(query(requestedUrls(publicStub).find((url) => url.pathname === '/api/v1/tasks')).status).toBeUndefined();
  });
});
