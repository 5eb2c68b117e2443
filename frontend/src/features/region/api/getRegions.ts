import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { type Page, toPage } from '@/lib/page';
import type { paths } from '@/types/openapi';
import { type RegionSearch, toRegionQuery } from './regionSearch';

type RegionEnvelope = paths['/regions']['get']['responses'][200]['content']['application/json'];
export type RegionListItem = NonNullable<RegionEnvelope['items']>[number];
export type RegionPage = Page<RegionListItem>;

export const REGIONS_PAGE_SIZE = 20;

export async function getRegions(search: RegionSearch): Promise<RegionPage> {
  return toPage(await dataOf(api.GET('/regions', { params: { query: toRegionQuery(search, REGIONS_PAGE_SIZE) } })));
}

export const regionsQuery = (search: RegionSearch) =>
  queryOptions({
    queryKey: ['regions', 'list', search],
    queryFn: () => getRegions(search),
    placeholderData: keepPreviousData,
  });

/** GET /regions with q, type, province and page: one page of the regions list. */
export function useRegions(search: RegionSearch) {
  return useQuery(regionsQuery(search));
}
