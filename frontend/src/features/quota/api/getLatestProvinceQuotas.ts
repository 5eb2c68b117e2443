import { queryOptions, useQuery } from '@tanstack/react-query';
import { getHousingQuotas } from './getHousingQuotas';
import { getQuotaPeriods } from './getQuotaPeriods';
import { getQuotaTotals } from './getQuotaTotals';
import { type HousingQuota, type QuotaTotal, quotaKeys } from './quota';

/** A province's figures for the newest half year in which its municipalities have any. */
export interface ProvinceQuotas {
  period: string;
  total: QuotaTotal;
  country: QuotaTotal;
  quotas: HousingQuota[];
}

/**
 * The newest half year with figures for this province (the API's default is the newest for the whole
 * country, which may hold only a few municipalities), then its municipalities' figures. Null when the
 * province has none at all.
 */
export async function getLatestProvinceQuotas(province: string): Promise<ProvinceQuotas | null> {
  for (const { period } of await getQuotaPeriods()) {
    const totals = await getQuotaTotals(period);
    const total = totals.provinces.find((candidate) => candidate.code === province);
    if (total && total.municipalities > 0) {
      return { period, total, country: totals.country, quotas: await getHousingQuotas(period, province) };
    }
  }
  return null;
}

export const latestProvinceQuotasQuery = (province: string) =>
  queryOptions({ queryKey: quotaKeys.latest(province), queryFn: () => getLatestProvinceQuotas(province) });

/** GET /housing-quotas/periods, /totals and /housing-quotas?province: a province's current figures. */
export function useLatestProvinceQuotas(province: string, { enabled = true } = {}) {
  return useQuery({ ...latestProvinceQuotasQuery(province), enabled: enabled && province !== '' });
}
