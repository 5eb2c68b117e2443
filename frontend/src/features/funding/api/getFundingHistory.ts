import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import type { HistoryEntry } from '@/lib/catalogue';
import { PRIVATE_QUERY_KEY } from '@/lib/session';

export function getFundingHistory(id: string): Promise<HistoryEntry[]> {
  return dataOf(api.GET('/funding/{id}/history', { params: { path: { id } } }));
}

export const fundingHistoryQuery = (id: string) =>
  queryOptions({ queryKey: [PRIVATE_QUERY_KEY, 'catalogue', 'funding', 'history', id], queryFn: () => getFundingHistory(id) });

/** GET /funding/{id}/history: every version, newest first, with who changed which fields (editors). */
export function useFundingHistory(id: string) {
  return useQuery(fundingHistoryQuery(id));
}
