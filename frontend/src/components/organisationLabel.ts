/** An organisation to choose from; pages pass them in, since features do not import each other. */
export interface OrganisationOption {
  code: string;
  abbreviation?: string;
  name: string;
  supportTeam?: boolean;
}

/** "BZK – Ministerie van Binnenlandse Zaken …", or just the name when there is no other abbreviation. */
export function organisationLabel(organisation: OrganisationOption): string {
  return organisation.abbreviation && organisation.abbreviation !== organisation.name
    ? `${organisation.abbreviation} – ${organisation.name}`
    : organisation.name;
}
