import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { type Funding, type Versioned, invalidateCatalogue, rememberItem, versionedOf } from '@/lib/catalogue';

export interface LinkChange {
  linkedId: string;
  /** true: add the link (PUT); false: remove it (DELETE). */
  linked: boolean;
  etag: string;
}

export function linkFunding(id: string, { linkedId, linked, etag }: LinkChange): Promise<Versioned<Funding>> {
  const params = { path: { id, linkedId }, header: { 'If-Match': etag } };
  return versionedOf(linked ? api.PUT('/funding/{id}/links/{linkedId}', { params }) : api.DELETE('/funding/{id}/links/{linkedId}', { params }));
}

/** PUT and DELETE /funding/{id}/links/{linkedId} with If-Match: links a task or measure, or unlinks it. */
export function useLinkFunding(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: LinkChange) => linkFunding(id, change),
    onSuccess: (changed) => {
      rememberItem(queryClient, 'funding', changed);
      return invalidateCatalogue(queryClient);
    },
  });
}
