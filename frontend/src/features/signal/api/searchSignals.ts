import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { type Page, toPage } from '@/lib/page';
import { type SignalSummary, signalKeys } from './signal';
import { SIGNAL_PAGE_SIZE, type SignalSearch, toSignalQuery } from './signalSearch';

export async function searchSignals(search: SignalSearch): Promise<Page<SignalSummary>> {
  return toPage(await dataOf(api.GET('/signals', { params: { query: toSignalQuery(search, SIGNAL_PAGE_SIZE) } })));
}

export const signalSearchQuery = (search: SignalSearch) =>
  queryOptions({
    queryKey: [...signalKeys.lists(), search],
    queryFn: () => searchSignals(search),
    placeholderData: keepPreviousData,
  });

/** GET /signals: one page of the caller's signals (a region its own, the support team all), filtered and sorted. */
export function useSignals(search: SignalSearch) {
  return useQuery(signalSearchQuery(search));
}
