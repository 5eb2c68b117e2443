import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { useSavedSearches } from '../api/getSavedSearches';
import { SavedSearchItem } from './SavedSearchItem';

/** The signed-in person's saved searches, each with what can be done to it; a way to the finder when none. */
export function SavedSearchList() {
  const { t } = useTranslation();
  const searches = useSavedSearches();
  if (searches.error) return <ProblemAlert error={searches.error} onRetry={() => void searches.refetch()} />;
  if (searches.isPending) return <Loading />;
  if (searches.data.items.length === 0) {
    return (
      <Paragraph>
        {t('savedSearch.none')} <RouterLink to="/zoeken">{t('savedSearch.toFinder')}</RouterLink>
      </Paragraph>
    );
  }
  return (
    <ul className="hr-saved-searches">
      {searches.data.items.map((search) => (
        <SavedSearchItem key={search.id} search={search} />
      ))}
    </ul>
  );
}
