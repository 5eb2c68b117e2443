import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { type SignalNote, signalKeys } from './signal';

export function getSignalNotes(id: string): Promise<SignalNote[]> {
  return dataOf(api.GET('/signals/{id}/notes', { params: { path: { id } } }));
}

export const signalNotesQuery = (id: string) =>
  queryOptions({ queryKey: signalKeys.notes(id), queryFn: () => getSignalNotes(id) });

/** GET /signals/{id}/notes: the support team's internal notes (support only; never asked for by anyone else). */
export function useSignalNotes(id: string, { enabled = true } = {}) {
  return useQuery({ ...signalNotesQuery(id), enabled });
}
