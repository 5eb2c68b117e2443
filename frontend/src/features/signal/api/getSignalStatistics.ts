import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api';
import type { SignalStatistics } from './signal';

/** The period the figures cover, as the URL holds it; empty means the API's default (the last twelve months). */
export interface StatisticsPeriod {
  from: string;
  to: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseStatisticsPeriod(params: URLSearchParams): StatisticsPeriod {
  const from = (params.get('from') ?? '').trim();
  const to = (params.get('to') ?? '').trim();
  return { from: ISO_DATE.test(from) ? from : '', to: ISO_DATE.test(to) ? to : '' };
}

export function toStatisticsParams(period: StatisticsPeriod): URLSearchParams {
  const params = new URLSearchParams();
  if (period.from) params.set('from', period.from);
  if (period.to) params.set('to', period.to);
  return params;
}

export function getSignalStatistics(period: StatisticsPeriod): Promise<SignalStatistics> {
  const query = { ...(period.from ? { from: period.from } : {}), ...(period.to ? { to: period.to } : {}) };
  return dataOf(api.GET('/signals/statistics', { params: { query } }));
}

export const signalStatisticsQuery = (period: StatisticsPeriod) =>
  queryOptions({
    queryKey: ['signal-statistics', period],
    queryFn: () => getSignalStatistics(period),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

/** GET /signals/statistics: counts per theme, status, province and month, and how fast answers came (public). */
export function useSignalStatistics(period: StatisticsPeriod) {
  return useQuery(signalStatisticsQuery(period));
}
