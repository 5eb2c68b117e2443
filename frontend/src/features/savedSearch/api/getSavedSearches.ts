import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { type Page, toPage } from '@/lib/page';
import { PRIVATE_QUERY_KEY } from '@/lib/session';
import type { components } from '@/types/openapi';

export type SavedSearch = components['schemas']['SavedSearch'];

export const SAVED_SEARCHES_PAGE_SIZE = 50;
export const savedSearchesKey = [PRIVATE_QUERY_KEY, 'saved-searches'] as const;

export async function getSavedSearches(page: number): Promise<Page<SavedSearch>> {
  const query = { page, pageSize: SAVED_SEARCHES_PAGE_SIZE };
  return toPage(await dataOf(api.GET('/saved-searches', { params: { query } })));
}

export const savedSearchesQuery = (page: number) =>
  queryOptions({
    queryKey: [...savedSearchesKey, 'list', page],
    queryFn: () => getSavedSearches(page),
    placeholderData: keepPreviousData,
  });

/** GET /saved-searches: the signed-in person's own saved searches, by name. */
export function useSavedSearches(page = 1) {
  return useQuery(savedSearchesQuery(page));
}

/** The ETag of a saved search's version, for If-Match. */
export function etagOf(search: SavedSearch): string {
  return `"${search.version}"`;
}
