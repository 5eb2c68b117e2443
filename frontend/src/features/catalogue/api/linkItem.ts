import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { type Kind, type Versioned, invalidateCatalogue, rememberItem, versionedOf } from '@/lib/catalogue';
import { type ItemOf, collectionOf } from './kinds';

export interface LinkChange {
  linkedId: string;
  /** true: add the link (PUT); false: remove it (DELETE). */
  linked: boolean;
  etag: string;
}

export function linkItem<K extends Kind>(
  kind: K,
  id: string,
  { linkedId, linked, etag }: LinkChange,
): Promise<Versioned<ItemOf<K>>> {
  const path = `/${collectionOf(kind)}/{id}/links/{linkedId}` as const;
  const params = { path: { id, linkedId }, header: { 'If-Match': etag } };
  const call = linked ? api.PUT(path, { params }) : api.DELETE(path, { params });
  return versionedOf(call) as Promise<Versioned<ItemOf<K>>>;
}

/** PUT and DELETE /tasks/{id}/links/{linkedId} (and measures, funding) with If-Match: links an item of another kind, or unlinks it. */
export function useLinkItem<K extends Kind>(kind: K, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: LinkChange) => linkItem(kind, id, change),
    onSuccess: (changed) => {
      rememberItem(queryClient, collectionOf(kind), changed);
      return invalidateCatalogue(queryClient);
    },
  });
}
