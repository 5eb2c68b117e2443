import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { type CatalogueSearch, type SearchPage, type Task, toCatalogueQuery, useCatalogueScope } from '@/lib/catalogue';

export type { Task };

export async function searchTasks(search: CatalogueSearch, pageSize: number): Promise<SearchPage<Task>> {
  return dataOf(api.GET('/tasks', { params: { query: toCatalogueQuery(search, pageSize) } }));
}

export const taskSearchQuery = (scope: readonly string[], search: CatalogueSearch, pageSize: number) =>
  queryOptions({
    queryKey: [...scope, 'tasks', 'search', search, pageSize],
    queryFn: () => searchTasks(search, pageSize),
    placeholderData: keepPreviousData,
  });

/** GET /tasks: one page of tasks with facets; q, filters, sort and page as in the search. */
export function useTaskSearch(search: CatalogueSearch, { pageSize = 20, enabled = true } = {}) {
  const scope = useCatalogueScope();
  return useQuery({ ...taskSearchQuery(scope.key, search, pageSize), enabled: enabled && scope.ready });
}
