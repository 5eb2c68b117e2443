import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { type PublicationStatus, type Measure, type Versioned, invalidateCatalogue, rememberItem, versionedOf } from '@/lib/catalogue';

export function changeMeasureStatus(id: string, status: PublicationStatus, etag: string): Promise<Versioned<Measure>> {
  return versionedOf(
    api.PUT('/measures/{id}/status', { params: { path: { id }, header: { 'If-Match': etag } }, body: { status } }),
  );
}

/** PUT /measures/{id}/status with If-Match: publish, archive or back to draft. */
export function useChangeMeasureStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ status, etag }: { status: PublicationStatus; etag: string }) => changeMeasureStatus(id, status, etag),
    onSuccess: (changed) => {
      rememberItem(queryClient, 'measures', changed);
      return invalidateCatalogue(queryClient);
    },
  });
}
