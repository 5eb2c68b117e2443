import { isPeriod, isProvinceCode } from './quota';

/** What the monitor shows, as the URL holds it: a half year and a province; empty means the default. */
export interface MonitorSearch {
  period: string;
  province: string;
}

export function parseMonitorSearch(params: URLSearchParams): MonitorSearch {
  const period = (params.get('period') ?? '').trim().toUpperCase();
  const province = (params.get('province') ?? '').trim().toUpperCase();
  return { period: isPeriod(period) ? period : '', province: isProvinceCode(province) ? province : '' };
}

/** The whole country asked for in so many words (province=NL): a province user otherwise lands on their own province. */
export const ALL_PROVINCES = 'NL';

export function wantsAllProvinces(params: URLSearchParams): boolean {
  return (params.get('province') ?? '').trim().toUpperCase() === ALL_PROVINCES;
}

export function toMonitorParams(search: MonitorSearch, { allExplicit = false } = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (search.period) params.set('period', search.period);
  if (search.province) params.set('province', search.province);
  else if (allExplicit) params.set('province', ALL_PROVINCES);
  return params;
}
