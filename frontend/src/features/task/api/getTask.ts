import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { type Task, type Versioned, useCatalogueScope, versionedOf } from '@/lib/catalogue';

export function getTask(id: string): Promise<Versioned<Task>> {
  return versionedOf(api.GET('/tasks/{id}', { params: { path: { id } } }));
}

export const taskQuery = (scope: readonly string[], id: string) =>
  queryOptions({ queryKey: [...scope, 'tasks', 'detail', id], queryFn: () => getTask(id) });

/** GET /tasks/{id}: one task with its links and the ETag to change it with (drafts for editors only). */
export function useTask(id: string, { enabled = true } = {}) {
  const scope = useCatalogueScope();
  return useQuery({ ...taskQuery(scope.key, id), enabled: enabled && scope.ready && id !== '' });
}
