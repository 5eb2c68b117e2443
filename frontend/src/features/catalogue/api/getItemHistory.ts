import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import type { HistoryEntry, Kind } from '@/lib/catalogue';
import { PRIVATE_QUERY_KEY } from '@/lib/session';
import { collectionOf } from './kinds';

export function getItemHistory(kind: Kind, id: string): Promise<HistoryEntry[]> {
  return dataOf(api.GET(`/${collectionOf(kind)}/{id}/history`, { params: { path: { id } } }));
}

export const itemHistoryQuery = (kind: Kind, id: string) =>
  queryOptions({
    queryKey: [PRIVATE_QUERY_KEY, 'catalogue', collectionOf(kind), 'history', id],
    queryFn: () => getItemHistory(kind, id),
  });

/** GET /tasks/{id}/history (and measures, funding): every version, newest first, with who changed which fields (editors). */
export function useItemHistory(kind: Kind, id: string) {
  return useQuery(itemHistoryQuery(kind, id));
}
