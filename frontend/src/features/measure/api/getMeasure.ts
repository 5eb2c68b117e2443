import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { type Measure, type Versioned, useCatalogueScope, versionedOf } from '@/lib/catalogue';

export function getMeasure(id: string): Promise<Versioned<Measure>> {
  return versionedOf(api.GET('/measures/{id}', { params: { path: { id } } }));
}

export const measureQuery = (scope: readonly string[], id: string) =>
  queryOptions({ queryKey: [...scope, 'measures', 'detail', id], queryFn: () => getMeasure(id) });

/** GET /measures/{id}: one measure with its links and the ETag to change it with (drafts for editors only). */
export function useMeasure(id: string, { enabled = true } = {}) {
  const scope = useCatalogueScope();
  return useQuery({ ...measureQuery(scope.key, id), enabled: enabled && scope.ready && id !== '' });
}
