import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { type Page, toPage } from '@/lib/page';
import { PRIVATE_QUERY_KEY } from '@/lib/session';
import type { components } from '@/types/openapi';
import { type UserSearch, toUserQuery } from './userSearch';

export type User = components['schemas']['User'];

export const USERS_PAGE_SIZE = 20;
export const usersKey = [PRIVATE_QUERY_KEY, 'users'] as const;

export async function getUsers(search: UserSearch): Promise<Page<User>> {
  return toPage(await dataOf(api.GET('/users', { params: { query: toUserQuery(search, USERS_PAGE_SIZE) } })));
}

export const usersQuery = (search: UserSearch) =>
  queryOptions({
    queryKey: [...usersKey, 'list', search],
    queryFn: () => getUsers(search),
    placeholderData: keepPreviousData,
  });

/** GET /users with q, role, active and page (admin only). */
export function useUsers(search: UserSearch) {
  return useQuery(usersQuery(search));
}
