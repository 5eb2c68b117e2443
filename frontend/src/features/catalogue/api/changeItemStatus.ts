import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import {
  type Kind,
  type PublicationStatus,
  type Versioned,
  invalidateCatalogue,
  rememberItem,
  versionedOf,
} from '@/lib/catalogue';
import { type ItemOf, collectionOf } from './kinds';

export function changeItemStatus<K extends Kind>(
  kind: K,
  id: string,
  status: PublicationStatus,
  etag: string,
): Promise<Versioned<ItemOf<K>>> {
  const call = api.PUT(`/${collectionOf(kind)}/{id}/status`, {
    params: { path: { id }, header: { 'If-Match': etag } },
    body: { status },
  });
  return versionedOf(call) as Promise<Versioned<ItemOf<K>>>;
}

/** PUT /tasks/{id}/status (and measures, funding) with If-Match: publish, archive or back to draft. */
export function useChangeItemStatus<K extends Kind>(kind: K, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ status, etag }: { status: PublicationStatus; etag: string }) =>
      changeItemStatus(kind, id, status, etag),
    onSuccess: (changed) => {
      rememberItem(queryClient, collectionOf(kind), changed);
      return invalidateCatalogue(queryClient);
    },
  });
}
