import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import type { components } from '@/types/openapi';
import { apiClientsKey } from './getApiClients';

export type ApiClientRequest = components['schemas']['ApiClientRequest'];

/** The scopes an API client can be given, as the API names them. */
export const SCOPES = ['catalogue:write', 'signals:write', 'quotas:write', 'webhooks'] as const;

export function createApiClient(body: ApiClientRequest) {
  return dataOf(api.POST('/api-clients', { body }));
}

/** POST /api-clients: the answer holds the client secret, the only time it is ever shown. */
export function useCreateApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiClient,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiClientsKey }),
  });
}
