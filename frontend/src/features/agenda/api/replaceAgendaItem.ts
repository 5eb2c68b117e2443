import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Tagged, taggedOf } from '@/lib/api';
import { type AgendaItem, type AgendaItemRequest, invalidateAgenda } from './agenda';

export function replaceAgendaItem(
  id: string,
  body: AgendaItemRequest,
  etag: string | undefined,
): Promise<Tagged<AgendaItem>> {
  const header = etag ? { 'If-Match': etag } : {};
  return taggedOf(api.PUT('/agenda-items/{id}', { params: { path: { id }, header }, body }));
}

/**
 * PUT /agenda-items/{id} with If-Match (support team, editors): the milestones replace the old ones;
 * 412 when someone changed the action meanwhile.
 */
export function useReplaceAgendaItem(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: AgendaItemRequest; etag: string | undefined }) =>
      replaceAgendaItem(id, body, etag),
    onSuccess: () => invalidateAgenda(queryClient),
  });
}
