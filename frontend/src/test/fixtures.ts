export const domains = [
  {
    code: 'reception',
    name: 'Opvang',
    nameEn: 'Asylum reception',
    description: 'Opvang van asielzoekers.',
    descriptionEn: 'Reception of asylum seekers.',
  },
  {
    code: 'housing',
    name: 'Huisvesting',
    nameEn: 'Housing',
    description: 'Huisvesting van vergunninghouders.',
    descriptionEn: 'Housing of permit holders.',
  },
  {
    code: 'integration',
    name: 'Inburgering',
    nameEn: 'Civic integration',
    description: 'Inburgering.',
    descriptionEn: 'Civic integration.',
  },
];

export const organisations = [
  {
    code: 'JENV',
    abbreviation: 'JenV',
    name: 'Ministerie van Justitie en Veiligheid',
    nameEn: 'Ministry of Justice and Security',
    kind: 'ministry',
    supportTeam: true,
    description: 'Asiel en migratie; stelt de halfjaarlijkse taakstelling vast.',
    sourceUrl: 'https://www.coa.nl/nl/voor-gemeenten/landelijke-en-provinciale-regietafels',
  },
  {
    code: 'LRT',
    abbreviation: 'LRT',
    name: 'Landelijke Regietafel',
    nameEn: 'National steering table',
    kind: 'steering-table',
    supportTeam: false,
  },
];

export const amsterdam = {
  code: 'GM0363',
  name: 'Amsterdam',
  type: 'municipality',
  provinceCode: 'PV27',
  provinceName: 'Noord-Holland',
  population: 872757,
};
export const fryslan = {
  code: 'PV21',
  name: 'Fryslân',
  type: 'province',
  provinceCode: null,
  provinceName: null,
  capital: 'Leeuwarden',
  population: 649957,
  populationNote: null,
};
export const provinces = [
  fryslan,
  { code: 'PV27', name: 'Noord-Holland', type: 'province', provinceCode: null, provinceName: null, population: null },
];

type Role = 'municipality' | 'province' | 'support' | 'editor' | 'admin';

const callers = {
  admin: { name: 'Beheerder Handreiking (demo)', organisationCode: 'BZK', regionCode: null },
  editor: { name: 'Redacteur BZK (demo)', organisationCode: 'BZK', regionCode: null },
  support: { name: 'Ondersteuningsteam COA (demo)', organisationCode: 'COA', regionCode: null },
  municipality: { name: 'Gemeente Utrecht (demo)', organisationCode: null, regionCode: 'GM0344' },
  province: { name: 'Provincie Gelderland (demo)', organisationCode: null, regionCode: 'PV25' },
} as const;

/** A Session as POST /sessions and /sessions/refresh answer it, with its own access token. */
export function session(role: Role, accessToken = `token-${role}`) {
  return {
    accessToken,
    tokenType: 'Bearer',
    accessTokenExpiresAt: '2021-02-12T09:45:00Z',
    sessionExpiresAt: '2021-02-12T21:30:00Z',
    caller: { kind: 'user' as const, id: `id-${role}`, role, scopes: [] as string[], ...callers[role] },
  };
}

export const utrecht = {
  code: 'GM0344',
  name: 'Utrecht',
  type: 'municipality',
  provinceCode: 'PV26',
  provinceName: 'Utrecht',
  population: 357179,
};

export const users = [
  {
    id: '3269cb8e-8a86-4e72-ae89-7dd039c15eea',
    email: 'admin@handreiking.test',
    displayName: 'Beheerder Handreiking (demo)',
    role: 'admin',
    organisationCode: 'BZK',
    regionCode: null,
    active: true,
    demo: true,
    createdAt: '2021-02-12T09:30:00Z',
    updatedAt: '2021-02-12T09:30:00Z',
  },
  {
    id: 'd74138bb-5caf-4d9b-b1cb-6643c272d6f4',
    email: 'gemeente.utrecht@handreiking.test',
    displayName: 'Gemeente Utrecht (demo)',
    role: 'municipality',
    organisationCode: null,
    regionCode: 'GM0344',
    active: false,
    demo: true,
    createdAt: '2021-02-12T09:30:00Z',
    updatedAt: '2021-02-13T10:00:00Z',
  },
];
