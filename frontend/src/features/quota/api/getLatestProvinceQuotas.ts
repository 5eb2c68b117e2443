import { queryOptions, useQuery } from '@tanstack/react-query';
import { getHousingQuotas } from './getHousingQuotas';
import { getQuotaPeriods } from './getQuotaPeriods';
import { getQuotaTotals } from './getQuotaTotals';
import { type HousingQuota, type QuotaTotal, quotaKeys } from './quota';

/** A province's figures for the default half year. */
export interface ProvinceQuotas {
  period: string;
  total: QuotaTotal;
  country: QuotaTotal;
  quotas: HousingQuota[];
}

/**
 * A province's figures for the half year every overview opens on (isDefault of /periods), so that the
 * map, the monitor and Mijn overzicht show the same half year. Null when there are no figures at all.
 */
export async function getLatestProvinceQuotas(province: string): Promise<ProvinceQuotas | null> {
  const periods = await getQuotaPeriods();
  const period = (periods.find((candidate) => candidate.isDefault) ?? periods[0])?.period;
  if (!period) return null;
  const totals = await getQuotaTotals(period);
  const total = totals.provinces.find((candidate) => candidate.code === province);
  if (!total) return null;
  return {
    period,
    total,
    country: totals.country,
    quotas: total.municipalities > 0 ? await getHousingQuotas(period, province) : [],
  };
}

export const latestProvinceQuotasQuery = (province: string) =>
  queryOptions({ queryKey: quotaKeys.latest(province), queryFn: () => getLatestProvinceQuotas(province) });

/** GET /housing-quotas/periods, /totals and /housing-quotas?province: a province's current figures. */
export function useLatestProvinceQuotas(province: string, { enabled = true } = {}) {
  return useQuery({ ...latestProvinceQuotasQuery(province), enabled: enabled && province !== '' });
}
