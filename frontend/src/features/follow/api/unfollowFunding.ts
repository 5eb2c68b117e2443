import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, doneOf } from '@/lib/api';
import { followsKey } from './getFollows';

export function unfollowFunding(id: string): Promise<void> {
  return doneOf(api.DELETE('/follows/{id}', { params: { path: { id } } }));
}

/** DELETE /follows/{id}: no more closing-date e-mails about that item. */
export function useUnfollowFunding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unfollowFunding,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: followsKey }),
  });
}
