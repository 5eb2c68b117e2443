import { useTranslation } from 'react-i18next';
import { ItemCard } from '@/features/catalogue/components/ItemCard';
import { Fact, useOrganisationLine } from '@/features/catalogue/components/ItemFacts';
import { useNl } from '@/components/useNl';
import type { Funding, LinkedItem } from '@/lib/catalogue';
import { useItem } from '@/features/catalogue/api/getItem';
import { CalendarLink, WindowBadge, useAmountText, useWindowText } from './ApplicationWindow';

function FundingFacts({ funding }: { funding: Funding }) {
  const { t } = useTranslation();
  const lang = useNl();
  const organisations = useOrganisationLine(funding);
  const amount = useAmountText(funding);
  const window = useWindowText(funding);
  return (
    <>
      {organisations.first && (
        <Fact label={t('catalogue.facts.organisation.funding')}>
          {[organisations.first, ...organisations.others].join(', ')}
        </Fact>
      )}
      {amount && <Fact label={t('funding.facts.amount')}>{amount}</Fact>}
      <Fact label={t('funding.facts.window')}>
        {window} <WindowBadge funding={funding} />
      </Fact>
      <Fact label={t('catalogue.facts.howToApply')}>
        {funding.howToApply ? <span lang={lang}>{funding.howToApply}</span> : t('catalogue.facts.seePage')}
      </Fact>
    </>
  );
}

/** A linked funding item as a card: provider, amount, application window, how to apply, "Zet in agenda". */
export function FundingCard({ link }: { link: LinkedItem }) {
  const funding = useItem('funding', link.id);
  const item = funding.data?.item;
  return (
    <ItemCard
      link={link}
      summary={item?.summary}
      loading={funding.isPending}
      error={funding.error}
      actions={item?.closesOn ? <CalendarLink funding={item} /> : undefined}
    >
      {item && <FundingFacts funding={item} />}
    </ItemCard>
  );
}
