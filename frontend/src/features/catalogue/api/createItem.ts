import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { type Kind, type Versioned, invalidateCatalogue, rememberItem, versionedOf } from '@/lib/catalogue';
import { type ItemOf, type RequestOf, collectionOf } from './kinds';

export function createItem<K extends Kind>(kind: K, body: RequestOf<K>): Promise<Versioned<ItemOf<K>>> {
  const call = api.POST(`/${collectionOf(kind)}`, { body });
  return versionedOf(call) as Promise<Versioned<ItemOf<K>>>;
}

/** POST /tasks, /measures or /funding: a new item of a kind, as a draft (editors). */
export function useCreateItem<K extends Kind>(kind: K) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestOf<K>) => createItem(kind, body),
    onSuccess: (created) => {
      rememberItem(queryClient, collectionOf(kind), created);
      return invalidateCatalogue(queryClient);
    },
  });
}
