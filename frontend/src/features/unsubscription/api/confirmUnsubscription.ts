import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { unsubscriptionQuery } from './getUnsubscription';

export function confirmUnsubscription(token: string) {
  return dataOf(
    api.POST('/unsubscriptions/{token}', {
      params: { path: { token } },
      // the same form a mail program posts for a one-click unsubscribe (RFC 8058)
      body: { 'List-Unsubscribe': 'One-Click' },
      bodySerializer: (body) => new URLSearchParams(body).toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    }),
  );
}

/** POST /unsubscriptions/{token} (no sign-in): stops the mails; again is harmless. */
export function useConfirmUnsubscription(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => confirmUnsubscription(token),
    onSuccess: (stopped) => queryClient.setQueryData(unsubscriptionQuery(token).queryKey, stopped),
  });
}
