import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, doneOf } from '@/lib/api';
import { savedSearchesKey } from './getSavedSearches';

export function deleteSavedSearch(id: string) {
  return doneOf(api.DELETE('/saved-searches/{id}', { params: { path: { id } } }));
}

/** DELETE /saved-searches/{id}: no more digests of it. */
export function useDeleteSavedSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSavedSearch,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedSearchesKey }),
  });
}
