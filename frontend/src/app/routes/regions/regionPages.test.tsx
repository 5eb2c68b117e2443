import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page, problem, requests, requestedUrls, stubApi } from '@/test/fetchStub';
import { session, utrecht } from '@/test/fixtures';
import { searchPage, task } from '@/test/catalogue';
import { agendaItem, arnhem, periods, quota, totals } from '@/test/quota';
import { renderApp } from '@/test/render';
import { signal, signalThemes } from '@/test/signals';

const gelderland = {
  code: 'PV25',
  name: 'Gelderland',
  type: 'province',
  provinceCode: null,
  provinceName: null,
  capital: 'Arnhem',
  population: 2085952,
};
const plan = (overrides: Record<string, unknown> = {}) => ({
  provinceCode: 'PV25',
  provinceName: 'Gelderland',
  status: 'requested',
  requestedOn: '2020-06-19',
  deliveredOn: null,
  documentUrl: null,
  note: null,
  source: 'https://www.rijksoverheid.nl/bron',
  updatedAt: '2021-02-12T00:00:00Z',
  ...overrides,
});
const statistics = {
  from: '2025-12-01',
  to: '2026-11-28',
  total: 3,
  byTheme: [
    { key: 'ind-processing-times', label: 'Doorlooptijden IND', count: 2 },
    { key: 'housing-finance', label: 'Financiering huisvesting', count: 1 },
  ],
  byStatus: [],
  byProvince: [],
  byMonth: [],
  answered: 0,
  answeredOnTime: 0,
  onTimeShare: null,
  medianWorkingDaysToAnswer: null,
};
const funding = {
  id: 'f1',
  title: 'Financiële impuls grote gezinnen',
  closesOn: '2031-06-11',
  opensOn: '2021-05-27',
  amountPerApplicantEur: 32500,
  totalBudgetEur: null,
  openEnded: false,
  windowEnded: false,
  windowStatus: 'open',
};

type Role = 'municipality' | 'province' | 'support' | null;

function regionApi(role: Role, extra: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({
    'POST /sessions/refresh': () => (role ? { body: session(role) } : problem(401, 'Geen geldige sessie meer.')),
    '/regions/PV25': () => ({ body: gelderland }),
    '/regions/GM0344': () => ({ body: utrecht }),
    '/housing-quotas/periods': () => ({
      body: [{ period: '2035-H1', municipalities: 1, realised: 1, complete: false, isDefault: false }, ...periods],
    }),
    '/housing-quotas/totals': (url) =>
      url.searchParams.get('period') === '2035-H1'
        ? {
            body: {
              ...totals,
              period: '2035-H1',
              provinces: totals.provinces.map((total) => ({ ...total, municipalities: 0 })),
            },
          }
        : { body: { ...totals, period: url.searchParams.get('period') } },
    '/housing-quotas': () => ({
      body: page(
        [
          arnhem,
          quota({ municipality: { ...arnhem.municipality, code: 'GM0200', name: 'Apeldoorn' }, arrearsEnd: 300 }),
          quota({
            municipality: { ...arnhem.municipality, code: 'GM0228', name: 'Ede' },
            arrearsEnd: 12,
            estimated: [],
          }),
        ],
        1,
        100,
      ),
    }),
    '/housing-quotas/history': () => ({
      body: [
        quota({
          period: '2021-H2',
          realised: null,
          arrearsIn: null,
          arrearsEnd: null,
          realisedShare: null,
          estimated: ['target'],
          target: 226,
        }),
        quota({ period: '2022-H1', arrearsEnd: 99 }),
        quota({ period: '2022-H2' }),
        quota({ period: '2035-H1', target: 40, estimated: [] }),
      ],
    }),
    '/provincial-plans/PV25': () => ({ body: plan(), headers: { ETag: '"1"' } }),
    '/signals/statistics': () => ({ body: statistics }),
    '/signal-themes': () => ({ body: signalThemes }),
    '/funding': () => ({
      body: { ...page([funding], 1, 5, 7), facets: { domain: [], audience: [], organisation: [], status: [] } },
    }),
    '/signals': () => ({
      body: page(
        [
          signal({ status: 'closed', id: 'c' }),
          signal({ id: 'o', reference: 'SIG-2021-000200', overdue: true, status: 'in_progress' }),
        ],
        1,
        100,
      ),
    }),
    '/agenda-items': () => ({ body: [agendaItem()] }),
    ...extra,
  });
}

describe('a province page', () => {
  it('shows its municipalities’ figures for its newest half year with figures, its plan and its signals by theme', async () => {
    const stub = regionApi(null);
    renderApp('/regios/PV25');
    const quotaSection = await screen.findByRole('region', { name: 'Taakstelling van de gemeenten' });
    expect(
      await within(quotaSection).findByText(
        'Cijfers van Gelderland over het 2e halfjaar 2022: het nieuwste halfjaar waarvoor elke gemeente cijfers heeft.',
      ),
    ).toBeInTheDocument();
    expect(
      within(quotaSection).getByRole('table', { name: /^Taakstelling per gemeente, 2e halfjaar 2022, Gelderland/ }),
    ).toBeInTheDocument();
    expect(within(quotaSection).getByRole('link', { name: 'Bekijk Gelderland op de kaart' })).toHaveAttribute(
      'href',
      '/taakstelling?period=2022-H2&province=PV25',
    );
    expect(
      requestedUrls(stub).some(
        (url) =>
          url.pathname.endsWith('/housing-quotas') &&
          url.searchParams.get('period') === '2022-H2' &&
          url.searchParams.get('province') === 'PV25',
      ),
    ).toBe(true);

    const planSection = screen.getByRole('region', { name: 'Provinciaal plan' });
    expect(await within(planSection).findByText('Gevraagd')).toBeInTheDocument();
    expect(planSection).toHaveTextContent('Geen document bekend');
    expect(within(planSection).queryByText('Plan bijwerken')).not.toBeInTheDocument();

    const signals = screen.getByRole('region', { name: 'Signalen per thema' });
    const table = await within(signals).findByRole('table', { name: 'Signalen uit Gelderland per thema' });
    expect(within(table).getByRole('row', { name: 'Doorlooptijden IND 2' })).toBeInTheDocument();
    expect(
      requestedUrls(stub)
        .find((url) => url.pathname.endsWith('/signals/statistics'))
        ?.searchParams.get('province'),
    ).toBe('PV25');
  });

  it('lets the province itself update its plan with If-Match, and says when someone else changed it', async () => {
    let puts = 0;
    const stub = regionApi('province', {
      'PUT /provincial-plans/PV25': () =>
        ++puts === 1
          ? problem(412, 'Het is intussen gewijzigd (nu versie 2).')
          : {
              body: plan({
                status: 'delivered',
                deliveredOn: '2021-03-31',
                documentUrl: 'https://www.gelderland.nl/plan.pdf',
              }),
              headers: { ETag: '"3"' },
            },
    });
    const { user } = renderApp('/regios/PV25');
    const planSection = await screen.findByRole('region', { name: 'Provinciaal plan' });
    await user.click(await within(planSection).findByText('Plan bijwerken'));
    const form = within(planSection).getByRole('form', { name: 'Provinciaal plan van Gelderland bijwerken' });
    await user.click(within(form).getByRole('radio', { name: 'Opgeleverd' }));
    await user.type(within(form).getByLabelText('Opgeleverd op', { exact: false }), '2021-03-31');
    await user.type(
      within(form).getByLabelText('Adres van het document', { exact: false }),
      'https://www.gelderland.nl/plan.pdf',
    );
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await within(form).findByRole('button', { name: 'Laatste versie laden' })).toHaveFocus();
    await user.click(within(planSection).getByRole('button', { name: 'Laatste versie laden' }));
    const fresh = await within(planSection).findByRole('form', { name: 'Provinciaal plan van Gelderland bijwerken' });
    await waitFor(() => expect(fresh).toHaveTextContent('De nieuwste versie is geladen.'));
    await user.click(within(fresh).getByRole('radio', { name: 'Opgeleverd' }));
    await user.type(within(fresh).getByLabelText('Opgeleverd op', { exact: false }), '2021-03-31');
    await user.click(within(fresh).getByRole('button', { name: 'Opslaan' }));
    expect(await within(fresh).findByText('Het plan is opgeslagen.')).toBeInTheDocument();
    expect(await within(planSection).findByRole('link', { name: 'Plan van Gelderland' })).toHaveAttribute(
      'href',
      'https://www.gelderland.nl/plan.pdf',
    );

    const sent = requests(stub).filter((request) => request.method === 'PUT');
    expect(sent.map((request) => request.headers.get('If-Match'))).toEqual(['"1"', '"1"']);
    expect(await sent[1]?.clone().json()).toEqual({
      status: 'delivered',
      requestedOn: '2020-06-19',
      deliveredOn: '2021-03-31',
      documentUrl: null,
      note: null,
    });
  });
});

describe('a municipality page', () => {
  it('shows its quota per half year in a chart and a table with the same figures, and funding that closes soon', async () => {
    const stub = regionApi(null);
    renderApp('/regios/GM0344');
    const section = await screen.findByRole('region', { name: 'Taakstelling per halfjaar' });
    const chart = await within(section).findByRole('img', {
      name: /^Staafdiagram: doel en gerealiseerd per halfjaar voor Utrecht/,
    });
    const bars = Array.from(chart.querySelectorAll('.hr-chart__item')).map((item) => [
      item.getAttribute('data-period'),
      item.getAttribute('data-target'),
      item.getAttribute('data-realised'),
    ]);
    expect(bars).toEqual([
      ['2021-H2', '226', ''],
      ['2022-H1', '205', '245'],
      ['2022-H2', '205', '245'],
      ['2035-H1', '40', '245'],
    ]);
    const table = within(section).getByRole('table', { name: 'Taakstelling van Utrecht per halfjaar' });
    expect(within(table).getByRole('row', { name: /^2e halfjaar 2021/ })).toHaveTextContent('≈schatting: 226onbekend');
    expect(within(table).getByRole('row', { name: /^1e halfjaar 2022/ })).toHaveTextContent('achterstand 99');
    expect(screen.queryByRole('region', { name: 'Signalen van uw gemeente' })).not.toBeInTheDocument();

    const fundingSection = screen.getByRole('region', { name: 'Financiering voor gemeenten die binnenkort sluit' });
    expect(
      await within(fundingSection).findByRole('link', { name: 'Financiële impuls grote gezinnen' }),
    ).toHaveAttribute('href', '/financiering/f1');
    expect(fundingSection).toHaveTextContent('De 1 die het eerst sluiten van de 7 die vandaag open zijn');
    const asked = requestedUrls(stub).find((url) => url.pathname.endsWith('/funding'));
    expect(asked?.searchParams.get('audience')).toBe('municipality');
    expect(asked?.searchParams.get('sort')).toBe('closesOn');
    expect(asked?.searchParams.get('pageSize')).toBe('5');
    expect(asked?.searchParams.get('openOn')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('shows the municipality itself its open signals', async () => {
    regionApi('municipality');
    renderApp('/regios/GM0344');
    const section = await screen.findByRole('region', { name: 'Signalen van uw gemeente' });
    const table = await within(section).findByRole('table', {
      name: 'Open signalen en vragen, de meest dringende eerst',
    });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByRole('row', { name: /SIG-2021-000200/ })).toHaveTextContent('Te laat');
    expect(section).toHaveTextContent('1 signaal of vraag staat nog open.');
  });
});

describe('my overview', () => {
  it('shows a municipality its quota for the half year every overview opens on, open signals, funding and the next milestones', async () => {
    regionApi('municipality');
    renderApp('/mijn-overzicht');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn overzicht' })).toBeInTheDocument();
    const quotaSection = screen.getByRole('region', { name: 'Taakstelling' });
    expect(
      await within(quotaSection).findByText(
        'Cijfers van Utrecht over het 2e halfjaar 2022: het nieuwste halfjaar waarvoor elke gemeente cijfers heeft.',
      ),
    ).toBeInTheDocument();
    expect(quotaSection).toHaveTextContent('Achterstand of voorsprong eind≈schatting: achterstand 37');
    expect(
      await within(screen.getByRole('region', { name: 'Uw signalen' })).findByRole('link', {
        name: 'Lange wachttijd IND vertraagt huisvesting',
      }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Uw signalen' })).getByRole('link', {
        name: 'Signaal of vraag indienen',
      }),
    ).toHaveAttribute('href', '/signalen/nieuw');
    const milestones = screen.getByRole('region', { name: 'Volgende mijlpalen' });
    expect(
      await within(milestones).findByRole('heading', { name: '1 april 2021: Eerste versie IUA' }),
    ).toBeInTheDocument();
    expect(within(milestones).queryByText(/LRT spreekt/)).not.toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Financiering voor gemeenten die binnenkort sluit' }),
    ).toBeInTheDocument();
  });

  it('shows a province its municipalities’ totals, those most behind by reported figures only, and its plan', async () => {
    regionApi('province');
    renderApp('/mijn-overzicht');
    const quotaSection = await screen.findByRole('region', { name: 'Taakstelling van uw gemeenten' });
    const behind = await within(quotaSection).findByRole('table', {
      name: 'Gemeenten in Gelderland met de grootste achterstand, 2e halfjaar 2022',
    });
    expect(
      within(behind)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Ede']);
    expect(quotaSection).toHaveTextContent('Alleen gemeenten met eigen gemelde cijfers; schattingen tellen niet mee.');
    expect(within(quotaSection).getByRole('table', { name: 'Totalen over het 2e halfjaar 2022' })).toBeInTheDocument();
    expect(
      await within(screen.getByRole('region', { name: 'Provinciaal plan' })).findByText('Gevraagd', {
        selector: '.hr-plan-status',
      }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Provinciaal plan' })).getByText('Plan bijwerken'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Financiering voor gemeenten die binnenkort sluit' }),
    ).not.toBeInTheDocument();
  });

  it('lists the published tasks addressed to the organisation, per domain', async () => {
    const stub = regionApi('municipality', {
      '/tasks': () => ({
        body: searchPage([
          task({ id: 't1', title: 'Voldoende opvangplekken realiseren', domains: ['reception'] }),
          task({ id: 't2', title: 'Vergunninghouders huisvesten', domains: ['housing'] }),
          task({ id: 't3', title: 'Inburgering volgens de nieuwe wet', domains: ['integration', 'housing'] }),
        ]),
      }),
    });
    renderApp('/mijn-overzicht');
    const tasks = await screen.findByRole('region', { name: 'Uw opgaven' });
    const housing = await within(tasks).findByRole('region', { name: 'Huisvesting' });
    expect(
      within(housing)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Vergunninghouders huisvesten', 'Inburgering volgens de nieuwe wet']);
    expect(within(tasks).getByRole('link', { name: 'Voldoende opvangplekken realiseren' })).toHaveAttribute(
      'href',
      '/opgaven/t1',
    );
    const asked = requests(stub).find((request) => new URL(request.url).pathname.endsWith('/tasks'));
    expect(new URL(asked!.url).searchParams.get('audience')).toBe('municipality');
    expect(new URL(asked!.url).searchParams.get('status')).toBe('published');
  });

  it('is for municipalities and provinces only', async () => {
    regionApi('support');
    renderApp('/mijn-overzicht');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
  });
});

describe('provincial plans', () => {
  it('says how many provinces delivered, and lists each with status, dates and document', async () => {
    stubApi({
      'POST /sessions/refresh': () => problem(401, 'Geen geldige sessie meer.'),
      '/provincial-plans': () => ({
        body: [
          plan({
            provinceCode: 'PV27',
            provinceName: 'Noord-Holland',
            status: 'delivered',
            deliveredOn: '2021-03-31',
            documentUrl: 'https://www.noord-holland.nl/plan.pdf',
          }),
          plan(),
          plan({
            provinceCode: 'PV20',
            provinceName: 'Groningen',
            status: 'in_progress',
            note: 'Geen nieuwe locaties nodig.',
          }),
          plan({ provinceCode: 'PV26', provinceName: 'Utrecht', status: 'unknown' }),
        ],
      }),
    });
    renderApp('/provinciale-plannen');
    expect(
      await screen.findByText(
        'Van 1 van de 4 provincies noemen de bronnen niet of het plan is opgeleverd: die stand is onbekend. Bekend als opgeleverd: 1.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/hebben het plan opgeleverd/)).not.toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /^Utrecht/ })).getByText('Onbekend')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Provinciale plannen per provincie' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Gelderland', 'Groningen', 'Noord-Holland', 'Utrecht']);
    const delivered = within(table).getByRole('row', { name: /^Noord-Holland/ });
    expect(delivered).toHaveTextContent('Opgeleverd19 juni 202031 maart 2021');
    expect(within(delivered).getByRole('link', { name: 'Plan van Noord-Holland' })).toHaveAttribute(
      'href',
      'https://www.noord-holland.nl/plan.pdf',
    );
    expect(within(table).getByRole('row', { name: /^Groningen/ })).toHaveTextContent('In de maak');
    expect(screen.getByRole('link', { name: 'Download CSV (alle provinciale plannen)' })).toHaveAttribute(
      'href',
      '/api/v1/provincial-plans/export',
    );
  });
});
