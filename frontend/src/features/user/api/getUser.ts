import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import type { User } from './getUsers';
import { usersKey } from './getUsers';

export function getUser(id: string): Promise<User> {
  return dataOf(api.GET('/users/{id}', { params: { path: { id } } }));
}

export const userQuery = (id: string) =>
  queryOptions({ queryKey: [...usersKey, 'detail', id], queryFn: () => getUser(id) });

/** GET /users/{id}: one account (admin only). */
export function useUser(id: string) {
  return useQuery(userQuery(id));
}
