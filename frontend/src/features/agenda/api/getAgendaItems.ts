import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { useSessionScope } from '@/lib/scope';
import { AGENDA_SCOPE, type AgendaItem, agendaKeys } from './agenda';

export function getAgendaItems(): Promise<AgendaItem[]> {
  return dataOf(api.GET('/agenda-items'));
}

export const agendaItemsQuery = (scope: readonly string[]) =>
  queryOptions({ queryKey: agendaKeys.list(scope), queryFn: getAgendaItems });

/** GET /agenda-items: every action of the implementation agenda, with milestones, owner, money and signals. */
export function useAgendaItems() {
  const scope = useSessionScope(AGENDA_SCOPE);
  return useQuery({ ...agendaItemsQuery(scope.key), enabled: scope.ready });
}
