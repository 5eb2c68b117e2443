import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import type { components } from '@/types/openapi';
import { savedSearchesKey } from './getSavedSearches';

export type SavedSearchRequest = components['schemas']['SavedSearchRequest'];

export function createSavedSearch(body: SavedSearchRequest) {
  return dataOf(api.POST('/saved-searches', { body }));
}

/** POST /saved-searches: keeps a finder search with a name and how often its digest comes. */
export function useCreateSavedSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSavedSearch,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedSearchesKey }),
  });
}
