import { API_BASE_PATH } from '@/lib/api';
import type { paths } from '@/types/openapi';

export type RegionQuery = NonNullable<paths['/regions']['get']['parameters']['query']>;
export type RegionType = NonNullable<RegionQuery['type']>;

const REGION_TYPES: readonly string[] = ['municipality', 'province'] satisfies RegionType[];

/** What the regions list shows, as the URL query string holds it (q, type, province, page). */
export interface RegionSearch {
  q: string;
  type: RegionType | '';
  province: string;
  page: number;
}

export function parseRegionSearch(params: URLSearchParams): RegionSearch {
  const type = params.get('type') ?? '';
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    q: (params.get('q') ?? '').trim(),
    type: REGION_TYPES.includes(type) ? (type as RegionType) : '',
    province: (params.get('province') ?? '').trim(),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The query string for a search; empty fields and page 1 are left out so links stay short. */
export function toSearchParams(search: RegionSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  if (search.type) params.set('type', search.type);
  if (search.province) params.set('province', search.province);
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}

export function toRegionQuery(search: RegionSearch, pageSize: number): RegionQuery {
  return {
    page: search.page,
    pageSize,
    ...(search.q ? { q: search.q } : {}),
    ...(search.type ? { type: search.type } : {}),
    ...(search.province ? { province: search.province } : {}),
  };
}

/** GET /regions/export with the same filters, without paging: the CSV of what the list shows. */
export function regionExportUrl(search: RegionSearch): string {
  const query = toSearchParams({ ...search, page: 1 }).toString();
  return `${API_BASE_PATH}/regions/export${query ? `?${query}` : ''}`;
}
