import { Heading, Link } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ContactLink } from '@/features/catalogue/components/ContactLink';
import { Fact, ItemFacts, formatPeriod } from '@/features/catalogue/components/ItemFacts';
import { hostOf } from '@/lib/format';
import { Paragraphs } from '@/features/catalogue/components/Paragraphs';
import { useNl } from '@/components/useNl';
import type { Measure } from '@/lib/catalogue';

/** A measure: what it offers, who offers it and for whom, how to apply, and the full explanation. */
export function MeasureDetails({ item: measure }: { item: Measure }) {
  const { t, i18n } = useTranslation();
  const lang = useNl();
  const validity = formatPeriod(measure.validFrom, measure.validTo, t, i18n.language);
  return (
    <>
      <div lang={lang}>
        <Paragraphs text={measure.summary} lead />
      </div>
      <ItemFacts kind="measure" item={measure}>
        {validity && <Fact label={t('catalogue.facts.validity')}>{validity}</Fact>}
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
      </ItemFacts>
      {measure.howToApply && (
        <section aria-labelledby="measure-apply" lang={lang}>
          <Heading level={2} id="measure-apply">
            {t('catalogue.facts.howToApply')}
          </Heading>
          <Paragraphs text={measure.howToApply} />
        </section>
      )}
      {measure.body && (
        <section aria-labelledby="measure-body" lang={lang}>
          <Heading level={2} id="measure-body">
            {t('catalogue.about')}
          </Heading>
          <Paragraphs text={measure.body} />
        </section>
      )}
    </>
  );
}
