import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import type { HistoryEntry } from '@/lib/catalogue';
import { PRIVATE_QUERY_KEY } from '@/lib/session';

export function getMeasureHistory(id: string): Promise<HistoryEntry[]> {
  return dataOf(api.GET('/measures/{id}/history', { params: { path: { id } } }));
}

export const measureHistoryQuery = (id: string) =>
  queryOptions({ queryKey: [PRIVATE_QUERY_KEY, 'catalogue', 'measures', 'history', id], queryFn: () => getMeasureHistory(id) });

/** GET /measures/{id}/history: every version, newest first, with who changed which fields (editors). */
export function useMeasureHistory(id: string) {
  return useQuery(measureHistoryQuery(id));
}
