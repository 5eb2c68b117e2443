import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import type { SignalStatistics } from './signal';

export function getProvinceSignalStatistics(province: string): Promise<SignalStatistics> {
  return dataOf(api.GET('/signals/statistics', { params: { query: { province } } }));
}

export const provinceSignalStatisticsQuery = (province: string) =>
  queryOptions({
    queryKey: ['signal-statistics', 'province', province],
    queryFn: () => getProvinceSignalStatistics(province),
    staleTime: 60_000,
  });

/** GET /signals/statistics?province: the public figures of one province and its municipalities (the last twelve months). */
export function useProvinceSignalStatistics(province: string) {
  return useQuery({ ...provinceSignalStatisticsQuery(province), enabled: province !== '' });
}
