import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { type Page, toPage } from '@/lib/page';
import { PRIVATE_QUERY_KEY } from '@/lib/session';
import type { components } from '@/types/openapi';

export type ApiClient = components['schemas']['ApiClient'];

export const API_CLIENTS_PAGE_SIZE = 20;
export const apiClientsKey = [PRIVATE_QUERY_KEY, 'api-clients'] as const;

export async function getApiClients(page: number): Promise<Page<ApiClient>> {
  return toPage(
    await dataOf(api.GET('/api-clients', { params: { query: { page, pageSize: API_CLIENTS_PAGE_SIZE } } })),
  );
}

export const apiClientsQuery = (page: number) =>
  queryOptions({
    queryKey: [...apiClientsKey, page],
    queryFn: () => getApiClients(page),
    placeholderData: keepPreviousData,
  });

/** GET /api-clients: newest first, revoked ones included (admin only). */
export function useApiClients(page: number) {
  return useQuery(apiClientsQuery(page));
}
