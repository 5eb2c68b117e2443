import { useTranslation } from 'react-i18next';
import { useOrganisationLine } from '@/features/catalogue/components/ItemFacts';
import { SearchResultItem } from '@/features/catalogue/components/SearchResultItem';
import { type Funding, itemPath } from '@/lib/catalogue';
import { WindowBadge, useAmountText, useClosingText } from './ApplicationWindow';

/** A funding item in the search results, with its provider, closing date and amount. */
export function FundingResult({ item }: { item: Funding }) {
  const { t } = useTranslation();
  const organisations = useOrganisationLine(item);
  const closing = useClosingText(item);
  const amount = useAmountText(item);
  return (
    <SearchResultItem
      item={item}
      href={itemPath('funding', item.id)}
      meta={
        <ul className="hr-inline-list">
          <li>
            {closing} <WindowBadge funding={item} />
          </li>
          {amount && <li>{amount}</li>}
          {organisations.first && <li>{`${t('catalogue.facts.organisation.funding')}: ${organisations.first}`}</li>}
        </ul>
      }
    />
  );
}
