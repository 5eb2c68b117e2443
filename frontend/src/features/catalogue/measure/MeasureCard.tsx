import { Link } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ContactLink } from '@/features/catalogue/components/ContactLink';
import { ItemCard } from '@/features/catalogue/components/ItemCard';
import { Fact, useOrganisationLine } from '@/features/catalogue/components/ItemFacts';
import { hostOf } from '@/lib/format';
import { useNl } from '@/components/useNl';
import type { LinkedItem, Measure } from '@/lib/catalogue';
import { useItem } from '@/features/catalogue/api/getItem';

function MeasureFacts({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const lang = useNl();
  const organisations = useOrganisationLine(measure);
  return (
    <>
      {organisations.first && (
        <Fact label={t('catalogue.facts.organisation.measure')}>
          {[organisations.first, ...organisations.others].join(', ')}
        </Fact>
      )}
      <Fact label={t('catalogue.facts.howToApply')}>
        {measure.howToApply ? <span lang={lang}>{measure.howToApply}</span> : t('catalogue.facts.seePage')}
      </Fact>
      {measure.contact && (
        <Fact label={t('catalogue.facts.contact')}>
          <ContactLink contact={measure.contact} />
        </Fact>
      )}
      {measure.url && (
        <Fact label={t('catalogue.facts.url')}>
          <Link href={measure.url} external>
            {hostOf(measure.url)}
          </Link>
        </Fact>
      )}
    </>
  );
}

/** A linked measure as a card: who offers it and how to apply. */
export function MeasureCard({ link }: { link: LinkedItem }) {
  const measure = useItem('measure', link.id);
  const item = measure.data?.item;
  return (
    <ItemCard link={link} summary={item?.summary} loading={measure.isPending} error={measure.error}>
      {item && <MeasureFacts measure={item} />}
    </ItemCard>
  );
}
