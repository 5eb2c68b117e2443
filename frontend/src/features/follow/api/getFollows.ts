import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { PRIVATE_QUERY_KEY } from '@/lib/session';
import type { components } from '@/types/openapi';

export type Follow = components['schemas']['Follow'];

export const followsKey = [PRIVATE_QUERY_KEY, 'follows'] as const;

export function getFollows(): Promise<Follow[]> {
  return dataOf(api.GET('/follows'));
}

export const followsQuery = () => queryOptions({ queryKey: followsKey, queryFn: getFollows });

/** GET /follows: the funding the signed-in person follows, the soonest closing first (signed-in people only). */
export function useFollows({ enabled = true } = {}) {
  return useQuery({ ...followsQuery(), enabled });
}
