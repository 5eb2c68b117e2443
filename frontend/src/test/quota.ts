/** Quota figures, plans and agenda items as the API answers them, with defaults a test overrides. */

export function quota(overrides: Record<string, unknown> = {}) {
  return {
    municipality: { code: 'GM0344', name: 'Utrecht', provinceCode: 'PV26', provinceName: 'Utrecht' },
    period: '2022-H1',
    target: 205,
    realised: 245,
    arrearsIn: 77,
    arrearsEnd: 37,
    realisedShare: 0.869,
    estimated: ['target', 'realised', 'arrearsIn', 'arrearsEnd'],
    source: 'https://www.example.nl/bron',
    note: 'Landelijk doel verdeeld naar inwonertal.',
    ...overrides,
  };
}

export const amersfoort = quota({
  municipality: { code: 'GM0307', name: 'Amersfoort', provinceCode: 'PV26', provinceName: 'Utrecht' },
  target: 100,
  realised: 40,
  arrearsIn: 0,
  arrearsEnd: 60,
  realisedShare: 0.4,
  estimated: [],
});

export const arnhem = quota({
  municipality: { code: 'GM0202', name: 'Arnhem', provinceCode: 'PV25', provinceName: 'Gelderland' },
  target: 125,
  realised: null,
  arrearsIn: 17,
  arrearsEnd: null,
  realisedShare: null,
  estimated: ['target', 'arrearsIn'],
});

export function total(overrides: Record<string, unknown> = {}) {
  return {
    code: 'PV26',
    name: 'Utrecht',
    municipalities: 26,
    target: 777,
    realised: 928,
    arrearsIn: 291,
    arrearsEnd: 140,
    realisedShare: 0.869,
    complete: true,
    estimated: false,
    municipalitiesWithoutFigures: 0,
    reported: null,
    ...overrides,
  };
}

export const totals = {
  period: '2022-H1',
  country: total({
    code: 'NL',
    name: 'Nederland',
    municipalities: 352,
    target: 9979,
    realised: 11886,
    complete: false,
    estimated: true,
  }),
  provinces: [
    total({
      code: 'PV25',
      name: 'Gelderland',
      municipalities: 51,
      realised: null,
      arrearsEnd: null,
      realisedShare: null,
      complete: false,
    }),
    total(),
  ],
};

export const periods = [
  { period: '2022-H2', municipalities: 352, realised: 300, complete: true, isDefault: true },
  { period: '2022-H1', municipalities: 352, realised: 352, complete: true, isDefault: false },
];

export function agendaItem(overrides: Record<string, unknown> = {}) {
  return {
    id: 'a1',
    title: 'Eerste versie Integrale Uitvoeringsagenda',
    description: 'Een eerste versie voor de middellange en lange termijn.',
    domain: 'housing',
    owner: { code: 'LRT', name: 'Landelijke Regietafel Migratie & Integratie' },
    status: 'in_progress',
    milestones: [
      { dueOn: '2021-04-01', title: 'Eerste versie IUA', done: false },
      { dueOn: '2020-12-15', title: 'LRT spreekt een eerste versie af', done: true },
    ],
    financialEur: null,
    financialNote: null,
    source: 'Brief Integrale Handreiking, 12 februari 2021',
    signalCount: 0,
    signals: [],
    version: 1,
    updatedAt: '2021-02-12T00:00:00Z',
    ...overrides,
  };
}
