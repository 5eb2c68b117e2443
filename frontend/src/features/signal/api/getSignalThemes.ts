import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import type { SignalTheme } from './signal';

export function getSignalThemes(): Promise<SignalTheme[]> {
  return dataOf(api.GET('/signal-themes'));
}

export const signalThemesQuery = () =>
  queryOptions({ queryKey: ['signal-themes'], queryFn: getSignalThemes, staleTime: Infinity });

/** GET /signal-themes: each theme with its help text and answer time in working days (public). */
export function useSignalThemes() {
  return useQuery(signalThemesQuery());
}
