import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { toPage } from '@/lib/page';
import type { RegionPage } from './getRegions';

export async function getProvinces(): Promise<RegionPage> {
  return toPage(await dataOf(api.GET('/regions', { params: { query: { type: 'province', pageSize: 100 } } })));
}

export const provincesQuery = () =>
  queryOptions({ queryKey: ['regions', 'provinces'], queryFn: getProvinces, staleTime: Infinity });

/** GET /regions?type=province&pageSize=100: the twelve provinces, for the province filter. */
export function useProvinces() {
  return useQuery(provincesQuery());
}
