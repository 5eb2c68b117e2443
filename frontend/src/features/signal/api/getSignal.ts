import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { type VersionedSignal, signalKeys, versionedSignalOf } from './signal';

export function getSignal(id: string): Promise<VersionedSignal> {
  return versionedSignalOf(api.GET('/signals/{id}', { params: { path: { id } } }));
}

export const signalQuery = (id: string) =>
  queryOptions({ queryKey: signalKeys.detail(id), queryFn: () => getSignal(id) });

/** GET /signals/{id}: one signal with its answer, links, attachments and allowed transitions, and its ETag. */
export function useSignal(id: string) {
  return useQuery({ ...signalQuery(id), enabled: id !== '' });
}
