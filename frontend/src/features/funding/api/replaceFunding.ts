import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { type Funding, type Versioned, invalidateCatalogue, rememberItem, versionedOf } from '@/lib/catalogue';
import type { FundingRequest } from './createFunding';

export function replaceFunding(id: string, body: FundingRequest, etag: string): Promise<Versioned<Funding>> {
  return versionedOf(api.PUT('/funding/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }));
}

/** PUT /funding/{id} with If-Match: saves a funding item; 412 when someone else changed it since `etag`. */
export function useReplaceFunding(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: FundingRequest; etag: string }) => replaceFunding(id, body, etag),
    onSuccess: (saved) => {
      rememberItem(queryClient, 'funding', saved);
      return invalidateCatalogue(queryClient);
    },
  });
}
