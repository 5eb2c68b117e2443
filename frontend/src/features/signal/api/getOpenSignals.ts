import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { type Page, toPage } from '@/lib/page';
import { type SignalStatus, type SignalSummary, signalKeys } from './signal';

/** Still waiting for something: an answer, or the submitter's reaction to one. */
export const OPEN_STATUSES: readonly SignalStatus[] = ['submitted', 'in_progress', 'answered'];

/** The caller's most urgent signals (overdue first, then the earliest answer date) that are still open. */
export async function getOpenSignals(limit: number): Promise<{ open: Page<SignalSummary>; total: number }> {
  const page = toPage(
    await dataOf(api.GET('/signals', { params: { query: { sort: 'urgency', page: 1, pageSize: 100 } } })),
  );
  const open = page.items.filter((signal) => OPEN_STATUSES.includes(signal.status));
  return {
    open: { ...page, items: open.slice(0, limit), totalItems: open.length, totalPages: 1 },
    total: page.totalItems,
  };
}

export const openSignalsQuery = (limit: number) =>
  queryOptions({ queryKey: [...signalKeys.lists(), 'open', limit], queryFn: () => getOpenSignals(limit) });

/** GET /signals?sort=urgency: a region's own open signals, for its start page (the first hundred, filtered here). */
export function useOpenSignals(limit = 10) {
  return useQuery(openSignalsQuery(limit));
}
