import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { type QuotaTotals, quotaKeys } from './quota';

export function getQuotaTotals(period: string): Promise<QuotaTotals> {
  return dataOf(api.GET('/housing-quotas/totals', { params: { query: period ? { period } : {} } }));
}

export const quotaTotalsQuery = (period: string) =>
  queryOptions({
    queryKey: quotaKeys.totals(period),
    queryFn: () => getQuotaTotals(period),
    placeholderData: keepPreviousData,
  });

/** GET /housing-quotas/totals?period: the sums for the Netherlands and per province. */
export function useQuotaTotals(period: string, { enabled = true } = {}) {
  return useQuery({ ...quotaTotalsQuery(period), enabled });
}
