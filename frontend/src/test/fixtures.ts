export const domains = [
  { code: 'reception', name: 'Opvang', nameEn: 'Asylum reception', description: 'Opvang van asielzoekers.', descriptionEn: 'Reception of asylum seekers.' },
  { code: 'housing', name: 'Huisvesting', nameEn: 'Housing', description: 'Huisvesting van vergunninghouders.', descriptionEn: 'Housing of permit holders.' },
  { code: 'integration', name: 'Inburgering', nameEn: 'Civic integration', description: 'Inburgering.', descriptionEn: 'Civic integration.' },
];

export const organisations = [
  { code: 'JENV', abbreviation: 'JenV', name: 'Ministerie van Justitie en Veiligheid', nameEn: 'Ministry of Justice and Security', kind: 'ministry', supportTeam: true, description: 'Asiel en migratie; stelt de halfjaarlijkse taakstelling vast.', sourceUrl: 'https://www.coa.nl/nl/voor-gemeenten/landelijke-en-provinciale-regietafels' },
  { code: 'LRT', abbreviation: 'LRT', name: 'Landelijke Regietafel', nameEn: 'National steering table', kind: 'steering-table', supportTeam: false },
];

export const amsterdam = { code: 'GM0363', name: 'Amsterdam', type: 'municipality', provinceCode: 'PV27', provinceName: 'Noord-Holland', population: 872757 };
export const fryslan = { code: 'PV21', name: 'Fryslân', type: 'province', provinceCode: null, provinceName: null, capital: 'Leeuwarden', population: 649957, populationNote: null };
export const provinces = [fryslan, { code: 'PV27', name: 'Noord-Holland', type: 'province', provinceCode: null, provinceName: null, population: null }];
