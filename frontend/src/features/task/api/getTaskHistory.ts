import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import type { HistoryEntry } from '@/lib/catalogue';
import { PRIVATE_QUERY_KEY } from '@/lib/session';

export function getTaskHistory(id: string): Promise<HistoryEntry[]> {
  return dataOf(api.GET('/tasks/{id}/history', { params: { path: { id } } }));
}

export const taskHistoryQuery = (id: string) =>
  queryOptions({ queryKey: [PRIVATE_QUERY_KEY, 'catalogue', 'tasks', 'history', id], queryFn: () => getTaskHistory(id) });

/** GET /tasks/{id}/history: every version, newest first, with who changed which fields (editors). */
export function useTaskHistory(id: string) {
  return useQuery(taskHistoryQuery(id));
}
