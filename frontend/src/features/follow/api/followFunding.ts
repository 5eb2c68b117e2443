import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { type Follow, followsKey } from './getFollows';

export function followFunding(fundingId: string): Promise<Follow> {
  return dataOf(api.POST('/follows', { body: { fundingId } }));
}

/** POST /follows: follow a published funding item; following it again changes nothing. */
export function useFollowFunding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: followFunding,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: followsKey }),
  });
}
