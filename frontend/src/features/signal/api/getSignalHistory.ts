import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { type SignalEvent, signalKeys } from './signal';

export function getSignalHistory(id: string): Promise<SignalEvent[]> {
  return dataOf(api.GET('/signals/{id}/history', { params: { path: { id } } }));
}

export const signalHistoryQuery = (id: string) =>
  queryOptions({ queryKey: signalKeys.history(id), queryFn: () => getSignalHistory(id) });

/** GET /signals/{id}/history: every event, oldest first — submitted, transitions, classification, links, attachments. */
export function useSignalHistory(id: string) {
  return useQuery(signalHistoryQuery(id));
}
