import { useTranslation } from 'react-i18next';
import { useOrganisationLine } from '@/features/catalogue/components/ItemFacts';
import { SearchResultItem } from '@/features/catalogue/components/SearchResultItem';
import { type Task, itemPath } from '@/lib/catalogue';

/** A task in the search results, with who leads it. */
export function TaskResult({ item }: { item: Task }) {
  const { t } = useTranslation();
  const organisations = useOrganisationLine(item);
  return (
    <SearchResultItem
      item={item}
      href={itemPath('task', item.id)}
      meta={organisations.first && `${t('catalogue.facts.organisation.task')}: ${organisations.first}`}
    />
  );
}
