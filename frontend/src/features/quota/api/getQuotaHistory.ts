import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { type HousingQuota, quotaKeys } from './quota';

export function getQuotaHistory(municipality: string): Promise<HousingQuota[]> {
  return dataOf(api.GET('/housing-quotas/history', { params: { query: { municipality } } }));
}

export const quotaHistoryQuery = (municipality: string) =>
  queryOptions({ queryKey: quotaKeys.history(municipality), queryFn: () => getQuotaHistory(municipality) });

/** GET /housing-quotas/history?municipality: one municipality's figures per half year, oldest first. */
export function useQuotaHistory(municipality: string, { enabled = true } = {}) {
  return useQuery({ ...quotaHistoryQuery(municipality), enabled: enabled && municipality !== '' });
}
