import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { type Kind, type Versioned, invalidateCatalogue, rememberItem, versionedOf } from '@/lib/catalogue';
import { type ItemOf, type RequestOf, collectionOf } from './kinds';

export function replaceItem<K extends Kind>(
  kind: K,
  id: string,
  body: RequestOf<K>,
  etag: string,
): Promise<Versioned<ItemOf<K>>> {
  const call = api.PUT(`/${collectionOf(kind)}/{id}`, { params: { path: { id }, header: { 'If-Match': etag } }, body });
  return versionedOf(call) as Promise<Versioned<ItemOf<K>>>;
}

/** PUT /tasks/{id} (and measures, funding) with If-Match: saves an item; 412 when someone else changed it since `etag`. */
export function useReplaceItem<K extends Kind>(kind: K, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: RequestOf<K>; etag: string }) => replaceItem(kind, id, body, etag),
    onSuccess: (saved) => {
      rememberItem(queryClient, collectionOf(kind), saved);
      return invalidateCatalogue(queryClient);
    },
  });
}
