import { useTranslation } from 'react-i18next';
import { useOrganisationLine } from '@/features/catalogue/components/ItemFacts';
import { SearchResultItem } from '@/features/catalogue/components/SearchResultItem';
import { type Measure, itemPath } from '@/lib/catalogue';

/** A measure in the search results, with who offers it. */
export function MeasureResult({ item }: { item: Measure }) {
  const { t } = useTranslation();
  const organisations = useOrganisationLine(item);
  return (
    <SearchResultItem
      item={item}
      href={itemPath('measure', item.id)}
      meta={organisations.first && `${t('catalogue.facts.organisation.measure')}: ${organisations.first}`}
    />
  );
}
