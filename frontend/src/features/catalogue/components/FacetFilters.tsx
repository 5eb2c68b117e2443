import { Heading } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { To } from 'react-router';
import { AUDIENCES, type CatalogueSearch, DOMAINS, type Facets, STATUSES } from '@/lib/catalogue';
import { RouterLink } from '@/components/RouterLink';
import { audienceName, domainName } from '@/components/labels';
import { useOrganisationNames } from './OrganisationNames';

type FacetName = 'domain' | 'audience' | 'organisation' | 'status';

interface FacetFiltersProps {
  facets: Facets | undefined;
  search: CatalogueSearch;
  /** Where a search goes; filters are plain links, so the URL holds them. */
  toSearch: (search: CatalogueSearch) => To;
  /** Editors also filter on publication status. */
  withStatus: boolean;
}

interface FacetGroupProps {
  name: FacetName;
  title: string;
  values: { value: string; label: string; count: number }[];
  search: CatalogueSearch;
  toSearch: (search: CatalogueSearch) => To;
}

function FacetGroup({ name, title, values, search, toSearch }: FacetGroupProps) {
  const { t } = useTranslation();
  const id = useId();
  const selected = search[name];
  const shown = values.filter((value) => value.count > 0 || value.value === selected);
  return (
    <section aria-labelledby={id} className="hr-facet">
      <Heading level={3} id={id}>
        {title}
      </Heading>
      <ul className="hr-facet__list">
        <li>
          <RouterLink
            to={toSearch({ ...search, [name]: '', page: 1 })}
            aria-current={selected === '' ? 'true' : undefined}
            className="hr-facet__link"
          >
            {t('finder.all')}
          </RouterLink>
        </li>
        {shown.map((value) => (
          <li key={value.value}>
            <RouterLink
              to={toSearch({ ...search, [name]: value.value, page: 1 })}
              aria-current={value.value === selected ? 'true' : undefined}
              className="hr-facet__link"
            >
              {value.label} <span className="hr-facet__count">({value.count})</span>
            </RouterLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

function countOf(counts: { value: string; count: number }[] | undefined, value: string): number {
  return counts?.find((count) => count.value === value)?.count ?? 0;
}

/**
 * The facets of the current results with their counts, as links: choosing one narrows the search,
 * "Alle" lifts the filter. Counts come from the API, which counts each facet without its own filter.
 */
export function FacetFilters({ facets, search, toSearch, withStatus }: FacetFiltersProps) {
  const { t, i18n } = useTranslation();
  const { nameOf } = useOrganisationNames();
  const english = i18n.language === 'en';
  const organisations = (facets?.organisation ?? []).map((count) => ({
    value: count.value,
    label: nameOf(count.value, english),
    count: count.count,
  }));
  if (search.organisation && !organisations.some((organisation) => organisation.value === search.organisation)) {
    organisations.push({ value: search.organisation, label: nameOf(search.organisation, english), count: 0 });
  }
  return (
    <aside aria-labelledby="facets-heading" className="hr-facets">
      <Heading level={2} id="facets-heading">
        {t('finder.filters')}
      </Heading>
      <FacetGroup
        name="domain"
        title={t('finder.facets.domain')}
        values={DOMAINS.map((domain) => ({
          value: domain,
          label: domainName(t, domain),
          count: countOf(facets?.domain, domain),
        }))}
        search={search}
        toSearch={toSearch}
      />
      <FacetGroup
        name="audience"
        title={t('finder.facets.audience')}
        values={AUDIENCES.map((audience) => ({
          value: audience,
          label: audienceName(t, audience),
          count: countOf(facets?.audience, audience),
        }))}
        search={search}
        toSearch={toSearch}
      />
      <FacetGroup
        name="organisation"
        title={t('finder.facets.organisation')}
        values={organisations}
        search={search}
        toSearch={toSearch}
      />
      {withStatus && (
        <FacetGroup
          name="status"
          title={t('finder.facets.status')}
          values={STATUSES.map((status) => ({
            value: status,
            label: t(`catalogue.statuses.${status}`),
            count: countOf(facets?.status, status),
          }))}
          search={search}
          toSearch={toSearch}
        />
      )}
    </aside>
  );
}
