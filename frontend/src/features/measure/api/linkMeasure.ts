import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { type Measure, type Versioned, invalidateCatalogue, rememberItem, versionedOf } from '@/lib/catalogue';

export interface LinkChange {
  linkedId: string;
  /** true: add the link (PUT); false: remove it (DELETE). */
  linked: boolean;
  etag: string;
}

export function linkMeasure(id: string, { linkedId, linked, etag }: LinkChange): Promise<Versioned<Measure>> {
  const params = { path: { id, linkedId }, header: { 'If-Match': etag } };
  return versionedOf(linked ? api.PUT('/measures/{id}/links/{linkedId}', { params }) : api.DELETE('/measures/{id}/links/{linkedId}', { params }));
}

/** PUT and DELETE /measures/{id}/links/{linkedId} with If-Match: links a task or funding item, or unlinks it. */
export function useLinkMeasure(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: LinkChange) => linkMeasure(id, change),
    onSuccess: (changed) => {
      rememberItem(queryClient, 'measures', changed);
      return invalidateCatalogue(queryClient);
    },
  });
}
