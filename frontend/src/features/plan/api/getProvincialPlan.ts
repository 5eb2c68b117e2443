import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Tagged, taggedOf } from '@/lib/api';
import { type ProvincialPlan, planKeys } from './plan';

export function getProvincialPlan(province: string): Promise<Tagged<ProvincialPlan>> {
  return taggedOf(api.GET('/provincial-plans/{provinceCode}', { params: { path: { provinceCode: province } } }));
}

export const provincialPlanQuery = (province: string) =>
  queryOptions({ queryKey: planKeys.detail(province), queryFn: () => getProvincialPlan(province) });

/** GET /provincial-plans/{provinceCode}: one province's plan and its ETag, for If-Match. */
export function useProvincialPlan(province: string, { enabled = true } = {}) {
  return useQuery({ ...provincialPlanQuery(province), enabled: enabled && province !== '' });
}
