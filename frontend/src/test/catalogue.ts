/** Catalogue items as the API answers them, with defaults a test overrides where it matters. */

const base = {
  body: '',
  audiences: ['municipality'],
  organisationCodes: ['BZK'],
  status: 'published' as const,
  sourceUrl: null,
  links: null,
  snippet: null,
  version: 1,
  createdAt: '2021-02-12T09:30:00Z',
  updatedAt: '2021-02-12T09:30:00Z',
};

export function task(overrides: Record<string, unknown> = {}) {
  return {
    ...base,
    id: 't1',
    slug: 'opvangplekken',
    title: 'Voldoende opvangplekken realiseren',
    summary: 'Het COA heeft meer plekken nodig.',
    domains: ['reception'],
    organisationCodes: ['COA'],
    horizon: 'medium',
    periodStart: null,
    periodEnd: '2021-12-31',
    ...overrides,
  };
}

export function measure(overrides: Record<string, unknown> = {}) {
  return {
    ...base,
    id: 'm1',
    slug: 'bestuursovereenkomst',
    title: 'Bestuursovereenkomst voor een azc',
    summary: 'Gemeente en COA leggen de afspraken vast.',
    domains: ['reception'],
    organisationCodes: ['COA'],
    howToApply: 'Gemeente en COA maken de afspraken samen.',
    contact: null,
    url: null,
    validFrom: null,
    validTo: null,
    ...overrides,
  };
}

export function funding(overrides: Record<string, unknown> = {}) {
  return {
    ...base,
    id: 'f1',
    slug: 'financiele-impuls',
    title: 'Financiële impuls grote gezinnen',
    summary: 'Gemeenten kregen 32.500 euro per gezin.',
    domains: ['housing'],
    organisationCodes: ['JENV', 'COA'],
    legalBasis: null,
    totalBudgetEur: 1000000,
    amountPerApplicantEur: 32500,
    amountNote: null,
    opensOn: '2021-05-27',
    closesOn: '2021-06-11',
    openEnded: false,
    windowEnded: false,
    windowStatus: 'closed',
    howToApply: 'Aanmelden met een formulier.',
    url: null,
    ...overrides,
  };
}

export const noFacets = { domain: [], audience: [], organisation: [], status: [] };

/** A search page as GET /tasks|/measures|/funding answers it. */
export function searchPage<T>(
  items: T[],
  facets: Record<string, { value: string; count: number }[]> = {},
  page = 1,
  pageSize = 20,
) {
  return {
    items,
    page,
    pageSize,
    totalItems: items.length,
    totalPages: Math.max(1, Math.ceil(items.length / pageSize)),
    facets: { ...noFacets, ...facets },
  };
}

export const catalogueOrganisations = [
  {
    code: 'BZK',
    abbreviation: 'BZK',
    name: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
    nameEn: 'Ministry of the Interior',
    kind: 'ministry',
    supportTeam: true,
    description: '',
    sourceUrl: '',
  },
  {
    code: 'COA',
    abbreviation: 'COA',
    name: 'Centraal Orgaan opvang asielzoekers',
    nameEn: 'Central Agency for the Reception of Asylum Seekers',
    kind: 'agency',
    supportTeam: true,
    description: '',
    sourceUrl: '',
  },
  {
    code: 'JENV',
    abbreviation: 'JenV',
    name: 'Ministerie van Justitie en Veiligheid',
    nameEn: 'Ministry of Justice and Security',
    kind: 'ministry',
    supportTeam: true,
    description: '',
    sourceUrl: '',
  },
];
