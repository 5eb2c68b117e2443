import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { useNl } from '@/components/useNl';
import { type Audience, type CatalogueSearch, EMPTY_SEARCH, type Funding, itemPath } from '@/lib/catalogue';
import { useItemSearch } from '@/features/catalogue/api/searchItems';
import { useAmountText, useClosingText } from './ApplicationWindow';

function ClosingItem({ funding }: { funding: Funding }) {
  const lang = useNl();
  const closing = useClosingText(funding);
  const amount = useAmountText(funding);
  return (
    <li className="hr-link-list__item" data-funding={funding.id}>
      <RouterLink to={itemPath('funding', funding.id)} lang={lang}>
        {funding.title}
      </RouterLink>
      <span className="hr-muted-text">{[closing, amount].filter(Boolean).join(' · ')}</span>
    </li>
  );
}

/**
 * Published funding open to an audience today, the one that closes first on top (items without a closing
 * date last): the top five, with a link to the whole overview.
 */
export function FundingClosingSoon({
  audience,
  today,
  limit = 5,
}: {
  audience: Audience;
  today: string;
  limit?: number;
}) {
  const { t } = useTranslation();
  const search: CatalogueSearch = { ...EMPTY_SEARCH, audience, openOn: today, status: 'published', sort: 'closesOn' };
  const funding = useItemSearch('funding', search, { pageSize: limit });
  if (funding.isPending) return <Loading />;
  if (funding.error)
    return <ProblemAlert error={funding.error} headingLevel={3} onRetry={() => void funding.refetch()} />;
  return (
    <>
      {funding.data.items.length === 0 ? (
        <Paragraph>{t('funding.closingSoon.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t('funding.closingSoon.count', { shown: funding.data.items.length, count: funding.data.totalItems })}
          </Paragraph>
          <ul className="hr-link-list">
            {funding.data.items.map((item) => (
              <ClosingItem key={item.id} funding={item} />
            ))}
          </ul>
        </>
      )}
      <Paragraph>
        <RouterLink to="/financiering">{t('funding.closingSoon.all')}</RouterLink>
      </Paragraph>
    </>
  );
}
