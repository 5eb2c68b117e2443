import type { Role } from '@/lib/session';
import type { paths } from '@/types/openapi';
import { isRole } from '@/lib/roles';

export type UserQuery = NonNullable<paths['/users']['get']['parameters']['query']>;

/** What the users list shows, as the URL query string holds it (q, role, active, page). */
export interface UserSearch {
  q: string;
  role: Role | '';
  active: 'true' | 'false' | '';
  page: number;
}

export function parseUserSearch(params: URLSearchParams): UserSearch {
  const role = params.get('role') ?? '';
  const active = params.get('active') ?? '';
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    q: (params.get('q') ?? '').trim(),
    role: isRole(role) ? role : '',
    active: active === 'true' || active === 'false' ? active : '',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The query string for a search; empty fields and page 1 are left out. */
export function toUserSearchParams(search: UserSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  if (search.role) params.set('role', search.role);
  if (search.active) params.set('active', search.active);
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}

export function toUserQuery(search: UserSearch, pageSize: number): UserQuery {
  return {
    page: search.page,
    pageSize,
    ...(search.q ? { q: search.q } : {}),
    ...(search.role ? { role: search.role } : {}),
    ...(search.active ? { active: search.active === 'true' } : {}),
  };
}
