/** Signals as the API answers them, with defaults a test overrides where it matters. */

export const signalThemes = [
  {
    code: 'ind-processing-times',
    name: 'Doorlooptijden IND',
    nameEn: 'IND processing times',
    description: 'Wachttijden bij de IND voor asielbeslissingen of nareis.',
    descriptionEn: 'Waiting times at the IND.',
    defaultOwner: 'JENV',
    answerWorkingDays: 10,
  },
  {
    code: 'housing-finance',
    name: 'Financiering huisvesting',
    nameEn: 'Housing finance',
    description: 'Geld voor het huisvesten van vergunninghouders.',
    descriptionEn: 'Money for housing permit holders.',
    defaultOwner: 'BZK',
    answerWorkingDays: 15,
  },
];

export function signal(overrides: Record<string, unknown> = {}) {
  return {
    id: 's1',
    reference: 'SIG-2021-000123',
    type: 'signal',
    theme: 'ind-processing-times',
    title: 'Lange wachttijd IND vertraagt huisvesting',
    description: 'Vergunninghouders wachten maanden op hun beschikking.',
    region: { code: 'GM0344', name: 'Utrecht', provinceCode: 'PV26', provinceName: 'Utrecht' },
    submittedBy: 'Gemeente Utrecht (demo)',
    owner: { code: 'JENV', name: 'Ministerie van Justitie en Veiligheid' },
    status: 'submitted',
    priority: 'normal',
    submittedAt: '2021-02-12T09:30:00Z',
    dueOn: '2021-02-26',
    overdue: false,
    answer: null,
    answeredAt: null,
    reopenUntil: null,
    example: false,
    links: [],
    attachments: [],
    allowedTransitions: [],
    updatedAt: '2021-02-12T09:30:00Z',
    ...overrides,
  };
}

export const submittedEvent = {
  occurredAt: '2021-02-12T09:30:00Z',
  actorType: 'user',
  actorName: 'Gemeente Utrecht (demo)',
  action: 'submitted',
  transition: null,
  fromStatus: null,
  toStatus: null,
  text: null,
  changes: [],
};

export const supportOrganisations = [
  {
    code: 'BZK',
    abbreviation: 'BZK',
    name: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
    nameEn: 'Ministry of the Interior',
    kind: 'ministry',
    supportTeam: true,
  },
  {
    code: 'JENV',
    abbreviation: 'JenV',
    name: 'Ministerie van Justitie en Veiligheid',
    nameEn: 'Ministry of Justice and Security',
    kind: 'ministry',
    supportTeam: true,
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
