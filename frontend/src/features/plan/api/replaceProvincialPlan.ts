import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Tagged, taggedOf } from '@/lib/api';
import { type ProvincialPlan, type ProvincialPlanRequest, planKeys } from './plan';

export function replaceProvincialPlan(
  province: string,
  body: ProvincialPlanRequest,
  etag: string | undefined,
): Promise<Tagged<ProvincialPlan>> {
  const header = etag ? { 'If-Match': etag } : {};
  return taggedOf(
    api.PUT('/provincial-plans/{provinceCode}', { params: { path: { provinceCode: province }, header }, body }),
  );
}

/**
 * PUT /provincial-plans/{provinceCode} with If-Match (the province itself, or the support team);
 * 412 when someone changed the plan meanwhile.
 */
export function useReplaceProvincialPlan(province: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: ProvincialPlanRequest; etag: string | undefined }) =>
      replaceProvincialPlan(province, body, etag),
    onSuccess: (saved) => {
      queryClient.setQueryData(planKeys.detail(province), saved);
      return queryClient.invalidateQueries({ queryKey: planKeys.list() });
    },
  });
}
