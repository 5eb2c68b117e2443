import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Tagged, taggedOf } from '@/lib/api';
import { useSessionScope } from '@/lib/scope';
import { AGENDA_SCOPE, type AgendaItem, agendaKeys } from './agenda';

export function getAgendaItem(id: string): Promise<Tagged<AgendaItem>> {
  return taggedOf(api.GET('/agenda-items/{id}', { params: { path: { id } } }));
}

export const agendaItemQuery = (scope: readonly string[], id: string) =>
  queryOptions({ queryKey: agendaKeys.detail(scope, id), queryFn: () => getAgendaItem(id) });

/** GET /agenda-items/{id}: one action and its ETag, for If-Match. */
export function useAgendaItem(id: string) {
  const scope = useSessionScope(AGENDA_SCOPE);
  return useQuery({ ...agendaItemQuery(scope.key, id), enabled: scope.ready && id !== '' });
}
