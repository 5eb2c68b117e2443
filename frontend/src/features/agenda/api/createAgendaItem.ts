import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Tagged, taggedOf } from '@/lib/api';
import { type AgendaItem, type AgendaItemRequest, invalidateAgenda } from './agenda';

export function createAgendaItem(body: AgendaItemRequest): Promise<Tagged<AgendaItem>> {
  return taggedOf(api.POST('/agenda-items', { body }));
}

/** POST /agenda-items (support team, editors): a new action with its milestones. */
export function useCreateAgendaItem() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createAgendaItem, onSuccess: () => invalidateAgenda(queryClient) });
}
