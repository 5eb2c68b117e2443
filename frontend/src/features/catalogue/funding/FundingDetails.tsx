import { Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Fact, ItemFacts } from '@/features/catalogue/components/ItemFacts';
import { Paragraphs } from '@/features/catalogue/components/Paragraphs';
import { useNl } from '@/components/useNl';
import type { Funding } from '@/lib/catalogue';
import { formatEuro, hostOf } from '@/lib/format';
import { CalendarLink, WindowBadge, useWindowText } from './ApplicationWindow';

/** A funding item: amounts in euro, the application window with "Zet in agenda", how to apply, the rest. */
export function FundingDetails({ item: funding }: { item: Funding }) {
  const { t } = useTranslation();
  const lang = useNl();
  const window = useWindowText(funding);
  return (
    <>
      <div lang={lang}>
        <Paragraphs text={funding.summary} lead />
      </div>
      <ItemFacts kind="funding" item={funding}>
        <Fact label={t('funding.facts.window')}>
          {window} <WindowBadge funding={funding} />
        </Fact>
        <Fact label={t('funding.facts.totalBudget')}>
          {funding.totalBudgetEur != null ? formatEuro(funding.totalBudgetEur) : t('catalogue.facts.unknown')}
        </Fact>
        {funding.amountPerApplicantEur != null && (
          <Fact label={t('funding.facts.amountPerApplicant')}>{formatEuro(funding.amountPerApplicantEur)}</Fact>
        )}
        {funding.amountNote && (
          <Fact label={t('funding.facts.amountNote')}>
            <span lang={lang}>{funding.amountNote}</span>
          </Fact>
        )}
        {funding.legalBasis && (
          <Fact label={t('funding.facts.legalBasis')}>
            <span lang={lang}>{funding.legalBasis}</span>
          </Fact>
        )}
        {funding.url && (
          <Fact label={t('catalogue.facts.url')}>
            <Link href={funding.url} external>
              {hostOf(funding.url)}
            </Link>
          </Fact>
        )}
      </ItemFacts>
      {funding.closesOn && (
        <Paragraph>
          <CalendarLink funding={funding} />
        </Paragraph>
      )}
      {funding.howToApply && (
        <section aria-labelledby="funding-apply" lang={lang}>
          <Heading level={2} id="funding-apply">
            {t('catalogue.facts.howToApply')}
          </Heading>
          <Paragraphs text={funding.howToApply} />
        </section>
      )}
      {funding.body && (
        <section aria-labelledby="funding-body" lang={lang}>
          <Heading level={2} id="funding-body">
            {t('catalogue.about')}
          </Heading>
          <Paragraphs text={funding.body} />
        </section>
      )}
    </>
  );
}
