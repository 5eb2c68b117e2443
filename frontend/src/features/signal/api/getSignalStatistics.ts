import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import type { SignalStatistics } from './signal';

/**
 * The period the figures cover and the province they come from, as the URL holds them; an empty period
 * means the API's default (the last twelve months), an empty province the whole country.
 */
export interface StatisticsPeriod {
  from: string;
  to: string;
  province: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PROVINCE_CODE = /^PV\d{2}$/;

export function parseStatisticsPeriod(params: URLSearchParams): StatisticsPeriod {
  const from = (params.get('from') ?? '').trim();
  const to = (params.get('to') ?? '').trim();
  const province = (params.get('province') ?? '').trim().toUpperCase();
  return {
    from: ISO_DATE.test(from) ? from : '',
    to: ISO_DATE.test(to) ? to : '',
    province: PROVINCE_CODE.test(province) ? province : '',
  };
}

export function toStatisticsParams(period: StatisticsPeriod): URLSearchParams {
  const params = new URLSearchParams();
  if (period.from) params.set('from', period.from);
  if (period.to) params.set('to', period.to);
  if (period.province) params.set('province', period.province);
  return params;
}

export function getSignalStatistics(period: StatisticsPeriod): Promise<SignalStatistics> {
  const query = {
    ...(period.from ? { from: period.from } : {}),
    ...(period.to ? { to: period.to } : {}),
    ...(period.province ? { province: period.province } : {}),
  };
  return dataOf(api.GET('/signals/statistics', { params: { query } }));
}

export const signalStatisticsQuery = (period: StatisticsPeriod) =>
  queryOptions({
    queryKey: ['signal-statistics', period],
    queryFn: () => getSignalStatistics(period),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

/** GET /signals/statistics: counts per theme, status, province and month, and how fast answers came (public); one province's when asked. */
export function useSignalStatistics(period: StatisticsPeriod) {
  return useQuery(signalStatisticsQuery(period));
}
