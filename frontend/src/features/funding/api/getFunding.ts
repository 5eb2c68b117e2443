import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { type Funding, type Versioned, useCatalogueScope, versionedOf } from '@/lib/catalogue';

export function getFunding(id: string): Promise<Versioned<Funding>> {
  return versionedOf(api.GET('/funding/{id}', { params: { path: { id } } }));
}

export const fundingQuery = (scope: readonly string[], id: string) =>
  queryOptions({ queryKey: [...scope, 'funding', 'detail', id], queryFn: () => getFunding(id) });

/** GET /funding/{id}: one funding item with its links and the ETag to change it with (drafts for editors only). */
export function useFunding(id: string, { enabled = true } = {}) {
  const scope = useCatalogueScope();
  return useQuery({ ...fundingQuery(scope.key, id), enabled: enabled && scope.ready && id !== '' });
}
