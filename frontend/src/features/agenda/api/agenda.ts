import type { QueryClient } from '@tanstack/react-query';
import { PRIVATE_QUERY_KEY } from '@/lib/session';
import type { components } from '@/types/openapi';

export type AgendaItem = components['schemas']['AgendaItem'];
export type AgendaItemRequest = components['schemas']['AgendaItemRequest'];
export type AgendaMilestone = components['schemas']['AgendaMilestone'];
export type AgendaItemChange = components['schemas']['AgendaItemChange'];
export type AgendaStatus = AgendaItem['status'];
export type AgendaDomain = AgendaItem['domain'];

export const AGENDA_STATUSES = ['planned', 'in_progress', 'done', 'stopped'] as const satisfies readonly AgendaStatus[];
export const AGENDA_DOMAINS = ['reception', 'housing', 'integration'] as const satisfies readonly AgendaDomain[];

export const AGENDA_PATH = '/agenda';

/** The page of one agenda item: /agenda/:id; its edit form: /agenda/:id/bewerken. */
export function agendaItemPath(id: string, page?: 'edit'): string {
  return page === 'edit' ? `${AGENDA_PATH}/${id}/bewerken` : `${AGENDA_PATH}/${id}`;
}

/**
 * The support team sees which signals fed an item, others only how many: answers differ by caller, so
 * signed in they are cached under the private key (see useSessionScope).
 */
export const AGENDA_SCOPE = 'agenda-items';

export const agendaKeys = {
  list: (scope: readonly string[]) => [...scope, 'list'] as const,
  detail: (scope: readonly string[], id: string) => [...scope, 'detail', id] as const,
  history: (scope: readonly string[], id: string) => [...scope, 'history', id] as const,
};

/** After a change: every list, item and history of the agenda, signed in or not. */
export function invalidateAgenda(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: [AGENDA_SCOPE] }),
    queryClient.invalidateQueries({ queryKey: [PRIVATE_QUERY_KEY, AGENDA_SCOPE] }),
  ]).then(() => undefined);
}
