import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { usersKey } from './getUsers';

export function resetPassword(id: string) {
  return dataOf(api.POST('/users/{id}/password-resets', { params: { path: { id } } }));
}

/** POST /users/{id}/password-resets: a temporary password, shown once; ends the account's sessions. */
export function useResetPassword(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => resetPassword(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
