import type { components } from '@/types/openapi';

export type ProvincialPlan = components['schemas']['ProvincialPlan'];
export type ProvincialPlanRequest = components['schemas']['ProvincialPlanRequest'];
export type PlanStatus = ProvincialPlan['status'];

export const PLAN_STATUSES = [
  'unknown',
  'requested',
  'in_progress',
  'delivered',
] as const satisfies readonly PlanStatus[];

/** Plans are public; a change makes the list and the province's own plan stale. */
export const PLAN_KEY = ['provincial-plans'] as const;

export const planKeys = {
  list: () => [...PLAN_KEY, 'list'] as const,
  detail: (province: string) => [...PLAN_KEY, 'detail', province] as const,
};
