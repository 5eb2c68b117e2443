import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, doneOf } from '@/lib/api';
import { apiClientsKey } from './getApiClients';

export function revokeApiClient(id: string) {
  return doneOf(api.DELETE('/api-clients/{id}', { params: { path: { id } } }));
}

/** DELETE /api-clients/{id}: the client's tokens stop working from the next call. */
export function useRevokeApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiClient,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiClientsKey }),
  });
}
