import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { type VersionedSignal, rememberSignal, versionedSignalOf } from './signal';

export interface SignalLinkChange {
  itemId: string;
  /** true: add the link (PUT); false: remove it (DELETE). */
  linked: boolean;
}

export function linkSignal(id: string, { itemId, linked }: SignalLinkChange): Promise<VersionedSignal> {
  const params = { path: { id, itemId } };
  return versionedSignalOf(
    linked
      ? api.PUT('/signals/{id}/links/{itemId}', { params })
      : api.DELETE('/signals/{id}/links/{itemId}', { params }),
  );
}

/** PUT and DELETE /signals/{id}/links/{itemId} (support): links a task or measure, or unlinks it. */
export function useLinkSignal(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: SignalLinkChange) => linkSignal(id, change),
    onSuccess: (changed) => rememberSignal(queryClient, changed),
  });
}
