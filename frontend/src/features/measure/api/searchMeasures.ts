import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { type CatalogueSearch, type SearchPage, type Measure, toCatalogueQuery, useCatalogueScope } from '@/lib/catalogue';

export type { Measure };

export async function searchMeasures(search: CatalogueSearch, pageSize: number): Promise<SearchPage<Measure>> {
  return dataOf(api.GET('/measures', { params: { query: toCatalogueQuery(search, pageSize) } }));
}

export const measureSearchQuery = (scope: readonly string[], search: CatalogueSearch, pageSize: number) =>
  queryOptions({
    queryKey: [...scope, 'measures', 'search', search, pageSize],
    queryFn: () => searchMeasures(search, pageSize),
    placeholderData: keepPreviousData,
  });

/** GET /measures: one page of measures with facets; q, filters, sort and page as in the search. */
export function useMeasureSearch(search: CatalogueSearch, { pageSize = 20, enabled = true } = {}) {
  const scope = useCatalogueScope();
  return useQuery({ ...measureSearchQuery(scope.key, search, pageSize), enabled: enabled && scope.ready });
}
