import { API_BASE_PATH } from '@/lib/api';
import type { components } from '@/types/openapi';

/** What the quota feature shares between its endpoints: types, codes, keys and the export address. */

export type HousingQuota = components['schemas']['HousingQuota'];
export type QuotaTotal = components['schemas']['HousingQuotaTotal'];
export type QuotaTotals = components['schemas']['HousingQuotaTotals'];
export type QuotaPeriod = components['schemas']['HousingQuotaPeriod'];
export type QuotaImport = components['schemas']['HousingQuotaImport'];

/** The figures of a quota that can be an estimate (a national or provincial total spread over population). */
export const QUOTA_FIELDS = ['target', 'realised', 'arrearsIn', 'arrearsEnd'] as const;
export type QuotaField = (typeof QUOTA_FIELDS)[number];

const PERIOD = /^\d{4}-H[12]$/;
const PROVINCE = /^PV\d{2}$/;
const MUNICIPALITY = /^GM\d{4}$/;

export const isPeriod = (value: string): boolean => PERIOD.test(value);
export const isProvinceCode = (value: string): boolean => PROVINCE.test(value);
export const isMunicipalityCode = (value: string): boolean => MUNICIPALITY.test(value);

export function isEstimated(quota: Pick<HousingQuota, 'estimated'>, field: QuotaField): boolean {
  return quota.estimated.includes(field);
}

/** The share is realised / (target + arrears carried in): an estimate when any of those is. */
export function shareIsEstimated(quota: Pick<HousingQuota, 'estimated'>): boolean {
  return (['target', 'realised', 'arrearsIn'] as const).some((field) => isEstimated(quota, field));
}

/** Quota figures are public: they live under a public key; an import makes all of them stale. */
export const QUOTA_KEY = ['housing-quotas'] as const;

export const quotaKeys = {
  periods: () => [...QUOTA_KEY, 'periods'] as const,
  list: (period: string, province: string) => [...QUOTA_KEY, 'list', period, province] as const,
  totals: (period: string) => [...QUOTA_KEY, 'totals', period] as const,
  history: (municipality: string) => [...QUOTA_KEY, 'history', municipality] as const,
  latest: (province: string) => [...QUOTA_KEY, 'latest', province] as const,
};

/** GET /housing-quotas/export with the same period and province as the page: the CSV of what it shows. */
export function quotaExportUrl(period: string, province: string): string {
  const params = new URLSearchParams();
  if (period) params.set('period', period);
  if (province) params.set('province', province);
  const query = params.toString();
  return `${API_BASE_PATH}/housing-quotas/export${query ? `?${query}` : ''}`;
}
