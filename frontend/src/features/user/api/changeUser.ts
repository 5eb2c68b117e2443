import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import type { components } from '@/types/openapi';
import { userQuery } from './getUser';
import { usersKey } from './getUsers';

export type UserChange = components['schemas']['UserChange'];

export function changeUser(id: string, body: UserChange) {
  return dataOf(api.PATCH('/users/{id}', { params: { path: { id } }, body }));
}

/** PATCH /users/{id}: rename, deactivate (ends all sessions) or reactivate an account (admin only). */
export function useChangeUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UserChange) => changeUser(id, body),
    onSuccess: (user) => {
      queryClient.setQueryData(userQuery(id).queryKey, user);
      return queryClient.invalidateQueries({ queryKey: usersKey });
    },
  });
}
