import { API_BASE_PATH } from '@/lib/api';
import type { paths } from '@/types/openapi';
import { SIGNAL_STATUSES, SIGNAL_TYPES, type SignalStatus, type SignalType, oneOf } from './signal';

export const SIGNAL_SORTS = ['urgency', 'dueOn', '-submittedAt', 'submittedAt'] as const;
export type SignalSort = (typeof SIGNAL_SORTS)[number];
export type SignalQuery = NonNullable<paths['/signals']['get']['parameters']['query']>;

/** A signal search as the URL holds it; empty strings mean "no filter", urgency is the default sort. */
export interface SignalSearch {
  q: string;
  status: SignalStatus | '';
  theme: string;
  type: SignalType | '';
  province: string;
  owner: string;
  overdue: boolean;
  sort: SignalSort | '';
  page: number;
}

export const EMPTY_SIGNAL_SEARCH: SignalSearch = {
  q: '',
  status: '',
  theme: '',
  type: '',
  province: '',
  owner: '',
  overdue: false,
  sort: '',
  page: 1,
};

export const SIGNAL_PAGE_SIZE = 20;

/** Reads a search from a query string; anything unknown or malformed is dropped, never sent on. */
export function parseSignalSearch(params: URLSearchParams): SignalSearch {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const province = (params.get('province') ?? '').trim().toUpperCase();
  const owner = (params.get('owner') ?? '').trim().toUpperCase();
  const theme = (params.get('theme') ?? '').trim();
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    status: oneOf(SIGNAL_STATUSES, params.get('status')) ? (params.get('status') as SignalStatus) : '',
    theme: /^[a-z0-9-]{1,60}$/.test(theme) ? theme : '',
    type: oneOf(SIGNAL_TYPES, params.get('type')) ? (params.get('type') as SignalType) : '',
    province: /^PV\d{2}$/.test(province) ? province : '',
    owner: /^[A-Z0-9]{2,12}$/.test(owner) ? owner : '',
    overdue: params.get('overdue') === 'true',
    sort: oneOf(SIGNAL_SORTS, sort) ? sort : '',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The query string of a search, in a fixed order; empty filters and page 1 are left out. */
export function toSignalSearchParams(search: SignalSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of ['q', 'status', 'theme', 'type', 'province', 'owner'] as const) {
    if (search[field]) params.set(field, search[field]);
  }
  if (search.overdue) params.set('overdue', 'true');
  if (search.sort) params.set('sort', search.sort);
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}

/** The API query of a search (filters only when given). */
export function toSignalQuery(search: SignalSearch, pageSize?: number): SignalQuery {
  return {
    ...(search.q ? { q: search.q } : {}),
    ...(search.status ? { status: search.status } : {}),
    ...(search.theme ? { theme: search.theme } : {}),
    ...(search.type ? { type: search.type } : {}),
    ...(search.province ? { province: search.province } : {}),
    ...(search.owner ? { owner: search.owner } : {}),
    ...(search.overdue ? { overdue: true } : {}),
    ...(search.sort ? { sort: search.sort } : {}),
    ...(pageSize ? { page: search.page, pageSize } : {}),
  };
}

/** GET /signals/export with the same filters, without paging: the CSV of what the list shows. */
export function signalExportUrl(search: SignalSearch): string {
  const query = toSignalSearchParams({ ...search, page: 1 }).toString();
  return `${API_BASE_PATH}/signals/export${query ? `?${query}` : ''}`;
}
