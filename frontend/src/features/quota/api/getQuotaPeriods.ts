import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { type QuotaPeriod, quotaKeys } from './quota';

export function getQuotaPeriods(): Promise<QuotaPeriod[]> {
  return dataOf(api.GET('/housing-quotas/periods'));
}

export const quotaPeriodsQuery = () => queryOptions({ queryKey: quotaKeys.periods(), queryFn: getQuotaPeriods });

/** GET /housing-quotas/periods: the half years with figures, newest first, each with its number of municipalities. */
export function useQuotaPeriods() {
  return useQuery(quotaPeriodsQuery());
}
