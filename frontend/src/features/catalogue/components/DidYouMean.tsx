import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { To } from 'react-router';
import { RouterLink } from '@/components/RouterLink';
import type { CatalogueSearch } from '@/lib/catalogue';

interface DidYouMeanProps {
  suggestion: string | null | undefined;
  search: CatalogueSearch;
  toSearch: (search: CatalogueSearch) => To;
}

/** "Bedoelde u: …" under a search without result: the corrected text, with the same filters, as a link. */
export function DidYouMean({ suggestion, search, toSearch }: DidYouMeanProps) {
  const { t } = useTranslation();
  if (!suggestion) {
    return null;
  }
  return (
    <Paragraph>
      {t('finder.didYouMean')}{' '}
      <RouterLink to={toSearch({ ...search, q: suggestion, page: 1 })}>{suggestion}</RouterLink>
    </Paragraph>
  );
}
