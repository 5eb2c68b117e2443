import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import type { components } from '@/types/openapi';

type AgendaItem = components['schemas']['AgendaItem'];

/** An action of the implementation agenda a signal can be forwarded to. */
export interface AgendaChoice {
  value: string;
  label: string;
}

export async function getAgendaChoices(): Promise<AgendaChoice[]> {
  const items: AgendaItem[] = await dataOf(api.GET('/agenda-items'));
  return items.map((item) => ({ value: item.id, label: item.title }));
}

export const agendaChoicesQuery = () =>
  queryOptions({ queryKey: ['agenda-items', 'choices'], queryFn: getAgendaChoices });

/** GET /agenda-items: the actions a forwarded signal can feed (asked for only when forwarding is possible). */
export function useAgendaChoices({ enabled = true } = {}) {
  return useQuery({ ...agendaChoicesQuery(), enabled });
}
