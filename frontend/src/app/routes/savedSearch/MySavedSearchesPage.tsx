import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { SavedSearchList } from '@/features/savedSearch/components/SavedSearchList';

/** /zoekopdrachten — "Mijn zoekopdrachten": the signed-in person's saved searches and their digests. */
export function MySavedSearchesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('savedSearch.mine'));
  return (
    <>
      <Heading level={1}>{t('savedSearch.mine')}</Heading>
      <Paragraph>{t('savedSearch.intro')}</Paragraph>
      <SavedSearchList />
    </>
  );
}
