import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { type Measure, type Versioned, invalidateCatalogue, rememberItem, versionedOf } from '@/lib/catalogue';
import type { MeasureRequest } from './createMeasure';

export function replaceMeasure(id: string, body: MeasureRequest, etag: string): Promise<Versioned<Measure>> {
  return versionedOf(api.PUT('/measures/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }));
}

/** PUT /measures/{id} with If-Match: saves a measure; 412 when someone else changed it since `etag`. */
export function useReplaceMeasure(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: MeasureRequest; etag: string }) => replaceMeasure(id, body, etag),
    onSuccess: (saved) => {
      rememberItem(queryClient, 'measures', saved);
      return invalidateCatalogue(queryClient);
    },
  });
}
