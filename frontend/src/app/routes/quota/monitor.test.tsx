import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page, problem, requests, requestedUrls, stubApi } from '@/test/fetchStub';
import { session } from '@/test/fixtures';
import { amersfoort, arnhem, periods, quota, total, totals } from '@/test/quota';

const withReportedCountry = {
  ...totals,
  country: {
    ...totals.country,
    reported: { target: 9979, realised: 11886, arrearsIn: 3728, source: 'https://www.volkskrant.nl/bron', note: null },
  },
};
import { renderApp } from '@/test/render';

const utrecht = quota();

function monitorApi(extra: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({
    'POST /sessions/refresh': () => problem(401, 'Geen geldige sessie meer.'),
    '/housing-quotas/periods': () => ({ body: periods }),
    '/housing-quotas': (url) => ({
      body: page(
        [utrecht, amersfoort, arnhem].filter(
          (row) =>
            !url.searchParams.get('province') || row.municipality.provinceCode === url.searchParams.get('province'),
        ),
        1,
        100,
      ),
    }),
    '/housing-quotas/totals': () => ({ body: totals }),
    ...extra,
  });
}

const mapRegions = () => Array.from(document.querySelectorAll<SVGAElement>('.hr-map__region'));
const shareCell = (row: HTMLElement) => within(row).getAllByRole('cell')[5]?.textContent ?? '';

describe('the quota monitor', () => {
  it('opens on the half year every overview opens on, not on a newer one that only one municipality sent figures for', async () => {
    const stub = monitorApi({
      '/housing-quotas/periods': () => ({
        body: [{ period: '2023-H1', municipalities: 1, realised: 1, complete: false, isDefault: false }, ...periods],
      }),
    });
    renderApp('/taakstelling');
    await screen.findByRole('table', { name: /^Taakstelling per gemeente, 2e halfjaar 2022, Nederland/ });
    expect(screen.getByRole('combobox', { name: 'Halfjaar' })).toHaveValue('2022-H2');
    expect(requestedUrls(stub).some((url) => url.searchParams.get('period') === '2023-H1')).toBe(false);
  });

  it('shows the default half year on the map and in the table, reported shares coloured and estimates never as if they were', async () => {
    const stub = monitorApi();
    renderApp('/taakstelling');
    const table = await screen.findByRole('table', { name: /^Taakstelling per gemeente, 2e halfjaar 2022, Nederland/ });
    await waitFor(() => expect(mapRegions()).toHaveLength(4));

    expect(mapRegions().map((region) => region.getAttribute('aria-label'))).toEqual([
      'Amersfoort: 40% gerealiseerd',
      'Apeldoorn: geen cijfers voor dit halfjaar',
      'Arnhem: gerealiseerd deel onbekend',
      'Utrecht: geen eigen cijfers, alleen een schatting uit een landelijk totaal',
    ]);
    expect(mapRegions().map((region) => region.getAttribute('data-class'))).toEqual([
      'below50',
      'unknown',
      'unknown',
      'estimate',
    ]);
    expect(within(table).getByRole('row', { name: /^Utrecht/ })).toHaveTextContent('≈schatting: 87%');
    expect(shareCell(within(table).getByRole('row', { name: /^Amersfoort/ }))).toBe('40%');
    expect(shareCell(within(table).getByRole('row', { name: /^Arnhem/ }))).toBe('onbekend');
    expect(within(table).getByRole('row', { name: /^Arnhem/ })).toHaveTextContent('doel, achterstand begin');

    const legend = screen.getByRole('list', { name: /^Gerealiseerd deel van de taakstelling/ });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      ' minder dan 50% (1 gemeente)',
      ' 50% tot 75% (0 gemeenten)',
      ' 75% tot 100% (0 gemeenten)',
      ' 100% of meer (0 gemeenten)',
      ' geen eigen cijfers; kleur van het gemelde provinciale totaal (gestippeld) (0 gemeenten)',
      ' geen eigen cijfers; alleen een schatting uit het landelijke totaal (1 gemeente)',
      ' onbekend of geen cijfers (2 gemeenten)',
    ]);
    expect(screen.getByTestId('map-coverage')).toHaveTextContent('Eigen gemelde cijfers: 1 van de 4 gemeenten.');
    expect(screen.getAllByText(/is een schatting: een landelijk of provinciaal totaal/).length).toBeGreaterThan(0);
    expect(screen.getByRole('combobox', { name: 'Halfjaar' })).toHaveValue('2022-H2');
    expect(screen.getByRole('link', { name: 'Download CSV (deze cijfers)' })).toHaveAttribute(
      'href',
      '/api/v1/housing-quotas/export?period=2022-H2',
    );
    const asked = requestedUrls(stub).find((url) => url.pathname.endsWith('/housing-quotas'));
    expect(Object.fromEntries(asked?.searchParams ?? [])).toEqual({ page: '1', pageSize: '100', period: '2022-H2' });
  });

  it('narrows map, table, totals and export to a province from the URL', async () => {
    monitorApi();
    renderApp('/taakstelling?period=2022-H1&province=PV25');
    const table = await screen.findByRole('table', {
      name: /^Taakstelling per gemeente, 1e halfjaar 2022, Gelderland/,
    });
    await waitFor(() => expect(mapRegions().map((region) => region.dataset.code)).toEqual(['GM0200', 'GM0202']));
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Arnhem']);
    expect(within(table).queryByRole('columnheader', { name: 'Provincie' })).not.toBeInTheDocument();
    const totalsTable = screen.getByRole('table', { name: 'Totalen over het 1e halfjaar 2022' });
    expect(
      within(totalsTable)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Nederland', 'Gelderland']);
    expect(screen.getByRole('link', { name: 'Download CSV (deze cijfers)' })).toHaveAttribute(
      'href',
      '/api/v1/housing-quotas/export?period=2022-H1&province=PV25',
    );
  });

  it('shows a municipality’s figures beside the map when it has focus', async () => {
    monitorApi();
    const { user } = renderApp('/taakstelling');
    await waitFor(() => expect(mapRegions()).toHaveLength(4));
    const panel = document.querySelector<HTMLElement>('.hr-map__panel');
    expect(panel).toHaveTextContent('Wijs een gemeente aan');
    mapRegions()[3]?.focus();
    expect(await within(panel as HTMLElement).findByRole('heading', { level: 3, name: 'Utrecht' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('achterstand 37');
    expect(document.querySelector('.hr-map__highlight')).toHaveAttribute('data-code', 'GM0344');
    await user.hover(mapRegions()[1] as Element);
    expect(within(panel as HTMLElement).getByRole('heading', { level: 3, name: 'Apeldoorn' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('Geen cijfers voor dit halfjaar.');
  });

  it('sorts on a column with its header button and says so with aria-sort', async () => {
    monitorApi();
    const { user } = renderApp('/taakstelling');
    const table = await screen.findByRole('table', { name: /^Taakstelling per gemeente/ });
    const names = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent);
    expect(names()).toEqual(['Amersfoort', 'Arnhem', 'Utrecht']);
    expect(within(table).getByRole('columnheader', { name: /^Gemeente/ })).toHaveAttribute('aria-sort', 'ascending');

    await user.click(within(table).getByRole('button', { name: 'Gerealiseerd deel' }));
    expect(names()).toEqual(['Amersfoort', 'Utrecht', 'Arnhem']);
    expect(within(table).getByRole('columnheader', { name: /^Gerealiseerd deel/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(within(table).getByRole('columnheader', { name: /^Gemeente/ })).not.toHaveAttribute('aria-sort');

    await user.click(within(table).getByRole('button', { name: /^Gerealiseerd deel/ }));
    expect(names()).toEqual(['Utrecht', 'Amersfoort', 'Arnhem']);
    expect(within(table).getByRole('columnheader', { name: /^Gerealiseerd deel/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(table).toHaveAccessibleName(/gesorteerd op Gerealiseerd deel, aflopend/);
  });

  it('shows a long table in full, busy until its last rows are drawn', async () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      quota({
        municipality: {
          code: `GM${1000 + i}`,
          name: `Gemeente ${1000 + i}`,
          provinceCode: 'PV26',
          provinceName: 'Utrecht',
        },
      }),
    );
    monitorApi({ '/housing-quotas': () => ({ body: page(many, 1, 100) }) });
    renderApp('/taakstelling');
    const table = await screen.findByRole('table', { name: /^Taakstelling per gemeente/ });
    await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'false'));
    expect(within(table).getAllByRole('rowheader')).toHaveLength(60);
    expect(within(table).getAllByRole('rowheader').at(-1)).toHaveTextContent('Gemeente 1059');
  });

  it('says which totals are estimates and which are incomplete, and shows the totals as their sources reported them', async () => {
    monitorApi({ '/housing-quotas/totals': () => ({ body: withReportedCountry }) });
    renderApp('/taakstelling');
    const table = await screen.findByRole('table', { name: 'Totalen over het 1e halfjaar 2022' });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(row('Nederland')).toHaveTextContent(
      'onvolledig: niet van elke gemeente bekend; schatting; het gemelde totaal staat onder de tabel',
    );
    expect(row('Nederland')).toHaveTextContent('≈schatting: 9.979');
    expect(row('Gelderland')).toHaveTextContent('onvolledig: niet van elke gemeente bekend');
    expect(row('Gelderland')).not.toHaveTextContent('schatting');
    expect(within(row('Gelderland')).getAllByRole('cell')[2]).toHaveTextContent('onbekend');
    expect(within(row('Utrecht')).getAllByRole('cell').at(-1)).toHaveTextContent('—');
    const reported = screen.getByRole('list', { name: 'Totalen zoals de bron ze meldde' });
    expect(reported).toHaveTextContent(
      'Nederland, gemeld: doel 9.979, gerealiseerd 11.886, achterstand begin: achterstand 3.728.',
    );
    expect(within(reported).getByRole('link', { name: 'Bron: volkskrant.nl' })).toHaveAttribute(
      'href',
      'https://www.volkskrant.nl/bron',
    );
  });

  it('calls a total over municipalities without figures unknown, never 0, and says how many have none', async () => {
    monitorApi({
      '/housing-quotas/totals': () => ({
        body: {
          ...totals,
          provinces: [
            total({
              code: 'PV25',
              name: 'Gelderland',
              municipalities: 0,
              municipalitiesWithoutFigures: 51,
              target: null,
              realised: null,
              arrearsIn: null,
              arrearsEnd: null,
              realisedShare: null,
              complete: false,
            }),
            total(),
          ],
        },
      }),
    });
    renderApp('/taakstelling');
    const table = await screen.findByRole('table', { name: 'Totalen over het 1e halfjaar 2022' });
    const gelderland = within(table).getByRole('row', { name: /^Gelderland/ });
    expect(within(gelderland).getAllByRole('cell')[1]).toHaveTextContent('onbekend');
    expect(gelderland).toHaveTextContent('onvolledig: 51 gemeenten zonder cijfers');
    expect(gelderland).not.toHaveTextContent(/\b0\b/);
  });

  it('shows a province’s reported total where its municipalities have only estimates, dotted and in words', async () => {
    monitorApi({
      '/housing-quotas/totals': () => ({
        body: {
          ...totals,
          provinces: [
            totals.provinces[0],
            total({
              reported: {
                target: 300,
                realised: 200,
                arrearsIn: null,
                source: 'https://www.destentor.nl/bron',
                note: null,
              },
            }),
          ],
        },
      }),
    });
    renderApp('/taakstelling');
    await waitFor(() => expect(mapRegions()).toHaveLength(4));
    const utrechtRegion = mapRegions()[3];
    expect(utrechtRegion).toHaveAttribute(
      'aria-label',
      'Utrecht: geen eigen cijfers; provincie Utrecht meldde 67% gerealiseerd',
    );
    expect(utrechtRegion).toHaveAttribute('data-basis', 'province');
    expect(utrechtRegion?.querySelector('path')).toHaveClass('hr-map__shape--province-from50');
  });

  it('lands a province official on their own province, and the whole country stays one choice away', async () => {
    monitorApi({ 'POST /sessions/refresh': () => ({ body: session('province') }) });
    renderApp('/taakstelling');
    await screen.findByRole('table', { name: /^Taakstelling per gemeente, 2e halfjaar 2022, Gelderland/ });
    expect(screen.getByRole('link', { name: 'Standaardhalfjaar, heel Nederland' })).toHaveAttribute(
      'href',
      '/taakstelling?province=NL',
    );
  });

  it('shows the API’s problem when the figures cannot be loaded', async () => {
    monitorApi({ '/housing-quotas': () => problem(400, 'De waarde van period is ongeldig.') });
    renderApp('/taakstelling');
    expect((await screen.findAllByText('De waarde van period is ongeldig.')).length).toBeGreaterThan(0);
  });
});

describe('reading in figures', () => {
  const csv = 'municipality;period;target;realised;arrearsIn\nGM0344;2035-H1;10;5;0\n';

  function supportApi(answer: () => ReturnType<typeof problem> | { body: unknown }) {
    return monitorApi({
      'POST /sessions/refresh': () => ({ body: session('support') }),
      'POST /housing-quotas/imports': answer,
    });
  }

  it('sends the file as text/csv and lists every bad line in line order; nothing was written', async () => {
    const stub = supportApi(() =>
      problem(400, '3 parameters of velden zijn ongeldig; zie invalidParams.', {
        invalidParams: [
          { name: 'regel 12: period', reason: 'is geen halfjaar als 2021-H1' },
          { name: 'regel 3: target', reason: 'is geen geheel getal' },
          { name: 'regel 3: municipality', reason: 'is geen gemeentecode van de indeling 2021, zoals GM0344' },
        ],
      }),
    );
    const { user } = renderApp('/taakstelling');
    const form = await screen.findByRole('form', { name: 'Cijfers inlezen' });
    await user.click(within(form).getByRole('button', { name: 'Cijfers inlezen' }));
    expect(within(form).getByLabelText('CSV-bestand')).toHaveAccessibleDescription(/Kies een CSV-bestand\./);
    await user.click(
      within(within(form).getByRole('alert', { name: 'Er is een probleem' })).getByRole('link', {
        name: 'Kies een CSV-bestand.',
      }),
    );
    expect(within(form).getByLabelText('CSV-bestand')).toHaveFocus();

    await user.upload(within(form).getByLabelText('CSV-bestand'), new File([csv], 'cijfers.csv', { type: 'text/csv' }));
    await user.click(within(form).getByRole('button', { name: 'Cijfers inlezen' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveAccessibleName('Er is een probleem');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Regel 3, target: is geen geheel getal',
      'Regel 3, municipality: is geen gemeentecode van de indeling 2021, zoals GM0344',
      'Regel 12, period: is geen halfjaar als 2021-H1',
    ]);
    expect(alert).toHaveTextContent('Er is niets opgeslagen.');

    const post = requests(stub).find(
      (request) => request.method === 'POST' && request.url.endsWith('/housing-quotas/imports'),
    );
    expect(post?.headers.get('Content-Type')).toBe('text/csv');
    expect(post?.headers.get('Authorization')).toBe('Bearer token-support');
    expect(await post?.clone().text()).toBe(csv);
  });

  it('says how many lines were read in, for which half years', async () => {
    supportApi(() => ({ body: { lines: 2, periods: ['2035-H1'] } }));
    const { user } = renderApp('/taakstelling');
    const form = await screen.findByRole('form', { name: 'Cijfers inlezen' });
    await user.upload(within(form).getByLabelText('CSV-bestand'), new File([csv], 'cijfers.csv', { type: 'text/csv' }));
    await user.click(within(form).getByRole('button', { name: 'Cijfers inlezen' }));
    expect(await within(form).findByText('2 regels ingelezen, voor: 1e halfjaar 2035.')).toHaveFocus();
  });

  it('is offered to the support team only', async () => {
    monitorApi({
      'POST /sessions/refresh': () => ({ body: session('municipality') }),
      '/regions/GM0344': () => ({ body: { code: 'GM0344', name: 'Utrecht' } }),
    });
    renderApp('/taakstelling');
    await screen.findByRole('table', { name: /^Taakstelling per gemeente/ });
    await screen.findByText('Gemeente Utrecht (demo)');
    expect(screen.queryByRole('form', { name: 'Cijfers inlezen' })).not.toBeInTheDocument();
  });
});
