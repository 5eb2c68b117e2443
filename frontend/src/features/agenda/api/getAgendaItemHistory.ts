import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { useSessionScope } from '@/lib/scope';
import { AGENDA_SCOPE, type AgendaItemChange, agendaKeys } from './agenda';

export function getAgendaItemHistory(id: string): Promise<AgendaItemChange[]> {
  return dataOf(api.GET('/agenda-items/{id}/history', { params: { path: { id } } }));
}

export const agendaItemHistoryQuery = (scope: readonly string[], id: string) =>
  queryOptions({ queryKey: agendaKeys.history(scope, id), queryFn: () => getAgendaItemHistory(id) });

/** GET /agenda-items/{id}/history: every version, who changed what and when. */
export function useAgendaItemHistory(id: string) {
  const scope = useSessionScope(AGENDA_SCOPE);
  return useQuery({ ...agendaItemHistoryQuery(scope.key, id), enabled: scope.ready && id !== '' });
}
