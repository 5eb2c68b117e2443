import { useOrganisationNames } from '@/features/catalogue/components/OrganisationNames';
import { jsonLdText, structuredData } from '@/features/catalogue/structuredData';
import { useStructuredData } from '@/components/useStructuredData';
import { type CatalogueItem, type Funding, type Kind, type Measure, itemPath } from '@/lib/catalogue';

/**
 * The schema.org data of a published measure or funding item in the page's head (a GovernmentService, a
 * MonetaryGrant); nothing for tasks, drafts or while the item loads. Renders nothing visible.
 */
export function ItemStructuredData({ kind, id, item }: { kind: Kind; id: string; item: CatalogueItem | undefined }) {
  const { organisations } = useOrganisationNames();
  let jsonLd: string | undefined;
  if (item && item.status === 'published' && kind !== 'task') {
    const names = item.organisationCodes.flatMap((code) =>
      organisations.filter((organisation) => organisation.code === code).map((organisation) => organisation.name),
    );
    const described =
      kind === 'measure'
        ? ({ kind, item: item as Measure } as const)
        : ({ kind: 'funding', item: item as Funding } as const);
    jsonLd = jsonLdText(structuredData(described, window.location.origin + itemPath(kind, id), names));
  }
  useStructuredData(jsonLd);
  return null;
}
