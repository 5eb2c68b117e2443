import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import type { components } from '@/types/openapi';
import { usersKey } from './getUsers';

export type UserRequest = components['schemas']['UserRequest'];

export function createUser(body: UserRequest) {
  return dataOf(api.POST('/users', { body }));
}

/** POST /users: a new account with a first password (admin only). */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
