import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { type ProvincialPlan, planKeys } from './plan';

export function getProvincialPlans(): Promise<ProvincialPlan[]> {
  return dataOf(api.GET('/provincial-plans'));
}

export const provincialPlansQuery = () => queryOptions({ queryKey: planKeys.list(), queryFn: getProvincialPlans });

/** GET /provincial-plans: the twelve provinces' plans with status, dates and document. */
export function useProvincialPlans() {
  return useQuery(provincialPlansQuery());
}
