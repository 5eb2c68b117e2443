import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { type Kind, type Versioned, useCatalogueScope, versionedOf } from '@/lib/catalogue';
import { type ItemOf, collectionOf } from './kinds';

export function getItem<K extends Kind>(kind: K, id: string): Promise<Versioned<ItemOf<K>>> {
  const call = api.GET(`/${collectionOf(kind)}/{id}`, { params: { path: { id } } });
  return versionedOf(call) as Promise<Versioned<ItemOf<K>>>;
}

export const itemQuery = <K extends Kind>(kind: K, scope: readonly string[], id: string) =>
  queryOptions({ queryKey: [...scope, collectionOf(kind), 'detail', id], queryFn: () => getItem(kind, id) });

/** GET /tasks/{id} (and measures, funding): one item with its links and the ETag to change it with (drafts for editors only). */
export function useItem<K extends Kind>(kind: K, id: string, { enabled = true } = {}) {
  const scope = useCatalogueScope();
  return useQuery({ ...itemQuery(kind, scope.key, id), enabled: enabled && scope.ready && id !== '' });
}
