import { DataList, DataListItem, DataListKey, DataListValue, Link } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem, Kind } from '@/lib/catalogue';
import { formatDate, hostOf } from '@/lib/format';
import { audienceName, domainName } from '@/components/labels';
import { useOrganisationNames } from './OrganisationNames';

/** One term and its value in the facts of an item. */
export function Fact({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

/** "1 juli 2021 tot en met 31 december 2021", "vanaf …", "tot en met …"; undefined without dates. */
export function formatPeriod(
  from: string | null | undefined,
  to: string | null | undefined,
  t: TFunction,
  language: string,
): string | undefined {
  if (from && to) return t('catalogue.facts.range', { from: formatDate(from, language), to: formatDate(to, language) });
  if (from) return t('catalogue.facts.from', { date: formatDate(from, language) });
  if (to) return t('catalogue.facts.until', { date: formatDate(to, language) });
  return undefined;
}

/** Who offers or leads an item: the first organisation, then the others involved. */
export function useOrganisationLine(item: Pick<CatalogueItem, 'organisationCodes'>): {
  first?: string;
  others: string[];
} {
  const { i18n } = useTranslation();
  const { nameOf } = useOrganisationNames();
  const english = i18n.language === 'en';
  const [first, ...others] = item.organisationCodes;
  return { first: first ? nameOf(first, english) : undefined, others: others.map((code) => nameOf(code, english)) };
}

interface ItemFactsProps {
  kind: Kind;
  item: CatalogueItem;
  /** Facts only this kind has (period, amounts, how to apply), shown after who it is for. */
  children?: ReactNode;
}

/** The facts every catalogue item has: who offers or leads it, domains, audiences, and its public source. */
export function ItemFacts({ kind, item, children }: ItemFactsProps) {
  const { t } = useTranslation();
  const organisations = useOrganisationLine(item);
  return (
    <DataList className="hr-facts">
      {organisations.first && <Fact label={t(`catalogue.facts.organisation.${kind}`)}>{organisations.first}</Fact>}
      {organisations.others.length > 0 && (
        <Fact label={t('catalogue.facts.involved')}>{organisations.others.join(', ')}</Fact>
      )}
      {item.domains.length > 0 && (
        <Fact label={t('catalogue.facts.domains')}>
          {item.domains.map((domain) => domainName(t, domain)).join(', ')}
        </Fact>
      )}
      {item.audiences.length > 0 && (
        <Fact label={t('catalogue.facts.audiences')}>
          {item.audiences.map((audience) => audienceName(t, audience)).join(', ')}
        </Fact>
      )}
      {children}
      {item.sourceUrl && (
        <Fact label={t('catalogue.facts.source')}>
          <Link href={item.sourceUrl} external>
            {hostOf(item.sourceUrl)}
          </Link>
        </Fact>
      )}
    </DataList>
  );
}
