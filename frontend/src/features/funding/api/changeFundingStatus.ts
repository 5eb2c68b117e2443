import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { type PublicationStatus, type Funding, type Versioned, invalidateCatalogue, rememberItem, versionedOf } from '@/lib/catalogue';

export function changeFundingStatus(id: string, status: PublicationStatus, etag: string): Promise<Versioned<Funding>> {
  return versionedOf(
    api.PUT('/funding/{id}/status', { params: { path: { id }, header: { 'If-Match': etag } }, body: { status } }),
  );
}

/** PUT /funding/{id}/status with If-Match: publish, archive or back to draft. */
export function useChangeFundingStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ status, etag }: { status: PublicationStatus; etag: string }) => changeFundingStatus(id, status, etag),
    onSuccess: (changed) => {
      rememberItem(queryClient, 'funding', changed);
      return invalidateCatalogue(queryClient);
    },
  });
}
