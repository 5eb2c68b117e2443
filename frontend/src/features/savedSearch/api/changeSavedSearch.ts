import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import type { components } from '@/types/openapi';
import { type SavedSearch, etagOf, savedSearchesKey } from './getSavedSearches';

export type SavedSearchChange = components['schemas']['SavedSearchChange'];

export function changeSavedSearch(search: SavedSearch, body: SavedSearchChange) {
  return dataOf(
    api.PATCH('/saved-searches/{id}', {
      params: { path: { id: search.id }, header: { 'If-Match': etagOf(search) } },
      body,
    }),
  );
}

/** PATCH /saved-searches/{id} with If-Match: rename, change how often, pause or resume. */
export function useChangeSavedSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ search, change }: { search: SavedSearch; change: SavedSearchChange }) =>
      changeSavedSearch(search, change),
    onSettled: () => queryClient.invalidateQueries({ queryKey: savedSearchesKey }),
  });
}
