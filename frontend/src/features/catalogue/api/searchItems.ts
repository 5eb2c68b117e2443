import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { type CatalogueSearch, type Kind, type SearchPage, toCatalogueQuery, useCatalogueScope } from '@/lib/catalogue';
import { type ItemOf, collectionOf } from './kinds';

export function searchItems<K extends Kind>(
  kind: K,
  search: CatalogueSearch,
  pageSize: number,
): Promise<SearchPage<ItemOf<K>>> {
  const call = api.GET(`/${collectionOf(kind)}`, { params: { query: toCatalogueQuery(search, pageSize) } });
  return dataOf(call) as Promise<SearchPage<ItemOf<K>>>;
}

export const itemSearchQuery = <K extends Kind>(
  kind: K,
  scope: readonly string[],
  search: CatalogueSearch,
  pageSize: number,
) =>
  queryOptions({
    queryKey: [...scope, collectionOf(kind), 'search', search, pageSize],
    queryFn: () => searchItems(kind, search, pageSize),
    placeholderData: keepPreviousData,
  });

/** GET /tasks, /measures or /funding: one page of items of a kind with facets; q, filters, sort and page as in the search. */
export function useItemSearch<K extends Kind>(
  kind: K,
  search: CatalogueSearch,
  { pageSize = 20, enabled = true } = {},
) {
  const scope = useCatalogueScope();
  return useQuery({ ...itemSearchQuery(kind, scope.key, search, pageSize), enabled: enabled && scope.ready });
}
