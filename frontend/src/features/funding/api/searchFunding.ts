import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { type CatalogueSearch, type SearchPage, type Funding, toCatalogueQuery, useCatalogueScope } from '@/lib/catalogue';

export type { Funding };

export async function searchFunding(search: CatalogueSearch, pageSize: number): Promise<SearchPage<Funding>> {
  return dataOf(api.GET('/funding', { params: { query: toCatalogueQuery(search, pageSize) } }));
}

export const fundingSearchQuery = (scope: readonly string[], search: CatalogueSearch, pageSize: number) =>
  queryOptions({
    queryKey: [...scope, 'funding', 'search', search, pageSize],
    queryFn: () => searchFunding(search, pageSize),
    placeholderData: keepPreviousData,
  });

/** GET /funding: one page of funding items with facets; q, filters, sort and page as in the search. */
export function useFundingSearch(search: CatalogueSearch, { pageSize = 20, enabled = true } = {}) {
  const scope = useCatalogueScope();
  return useQuery({ ...fundingSearchQuery(scope.key, search, pageSize), enabled: enabled && scope.ready });
}
