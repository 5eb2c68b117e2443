import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { type Measure, type Versioned, invalidateCatalogue, rememberItem, versionedOf } from '@/lib/catalogue';
import type { components } from '@/types/openapi';

export type MeasureRequest = components['schemas']['MeasureRequest'];

export function createMeasure(body: MeasureRequest): Promise<Versioned<Measure>> {
  return versionedOf(api.POST('/measures', { body }));
}

/** POST /measures: a new measure, as a draft (editors). */
export function useCreateMeasure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMeasure,
    onSuccess: (created) => {
      rememberItem(queryClient, 'measures', created);
      return invalidateCatalogue(queryClient);
    },
  });
}
