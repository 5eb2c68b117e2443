import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';

export function getUnsubscription(token: string) {
  return dataOf(api.GET('/unsubscriptions/{token}', { params: { path: { token } } }));
}

export const unsubscriptionQuery = (token: string) =>
  queryOptions({ queryKey: ['unsubscriptions', token], queryFn: () => getUnsubscription(token) });

/** GET /unsubscriptions/{token} (no sign-in): what the link in a mail stops, and whether it still runs. */
export function useUnsubscription(token: string) {
  return useQuery(unsubscriptionQuery(token));
}
