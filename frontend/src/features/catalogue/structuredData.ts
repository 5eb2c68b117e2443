import type { Funding, Measure } from '@/lib/catalogue';

/**
 * schema.org structured data for an item's page, so that search engines show measures as a government
 * service and funding as a grant (issue 15, decision 0019). Pure: the page passes the item, its address and
 * the names of its organisations. Only what the item says is written: no amount or date it does not know.
 */

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The publisher of the catalogue, for an item that names no organisation. */
export const BZK_NAME = 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties';

export type StructuredItem = { kind: 'measure'; item: Measure } | { kind: 'funding'; item: Funding };

export function structuredData(
  { kind, item }: StructuredItem,
  pageUrl: string,
  organisationNames: readonly string[],
): Record<string, Json> {
  const organisations: Json[] = (organisationNames.length > 0 ? organisationNames : [BZK_NAME]).map((name) => ({
    '@type': 'GovernmentOrganization',
    name,
  }));
  const common: Record<string, Json> = {
    '@context': 'https://schema.org',
    name: item.title,
    description: item.summary,
    url: pageUrl,
    inLanguage: 'nl',
    ...(item.url ? { sameAs: item.url } : {}),
  };
  if (kind === 'measure') {
    return { ...common, '@type': 'GovernmentService', provider: organisations };
  }
  return { ...common, '@type': 'MonetaryGrant', funder: organisations, ...grantAmount(item) };
}

/** The budget and application window as a MonetaryAmount, with only the parts that are known. */
function grantAmount(funding: Funding): Record<string, Json> {
  const known: Record<string, Json> = {};
  if (funding.totalBudgetEur != null) known.value = funding.totalBudgetEur;
  if (funding.opensOn) known.validFrom = funding.opensOn;
  if (funding.closesOn && !funding.openEnded) known.validThrough = funding.closesOn;
  if (Object.keys(known).length === 0) return {};
  // the catalogue keeps every amount in euros (totalBudgetEur), so the currency is known with any of them
  return { amount: { '@type': 'MonetaryAmount', currency: 'EUR', ...known } };
}

/**
 * The data as the text of a <script type="application/ld+json">: JSON in which <, > and & (and the line
 * separators JavaScript once refused) are written as \u escapes, so that no text of an item, such as
 * "</script>", can end the element or start markup, and JSON.parse still reads the same value.
 */
export function jsonLdText(data: Record<string, Json>): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
