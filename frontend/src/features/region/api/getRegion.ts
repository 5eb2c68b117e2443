import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import type { paths } from '@/types/openapi';

export type Region = paths['/regions/{code}']['get']['responses'][200]['content']['application/json'];

export function getRegion(code: string): Promise<Region> {
  return dataOf(api.GET('/regions/{code}', { params: { path: { code } } }));
}

export const regionQuery = (code: string) =>
  queryOptions({ queryKey: ['regions', 'detail', code], queryFn: () => getRegion(code) });

/** GET /regions/{code}: one municipality or province. */
export function useRegion(code: string) {
  return useQuery(regionQuery(code));
}
