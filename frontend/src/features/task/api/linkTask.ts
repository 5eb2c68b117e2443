import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { type Task, type Versioned, invalidateCatalogue, rememberItem, versionedOf } from '@/lib/catalogue';

export interface LinkChange {
  linkedId: string;
  /** true: add the link (PUT); false: remove it (DELETE). */
  linked: boolean;
  etag: string;
}

export function linkTask(id: string, { linkedId, linked, etag }: LinkChange): Promise<Versioned<Task>> {
  const params = { path: { id, linkedId }, header: { 'If-Match': etag } };
  return versionedOf(linked ? api.PUT('/tasks/{id}/links/{linkedId}', { params }) : api.DELETE('/tasks/{id}/links/{linkedId}', { params }));
}

/** PUT and DELETE /tasks/{id}/links/{linkedId} with If-Match: links a measure or funding item, or unlinks it. */
export function useLinkTask(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: LinkChange) => linkTask(id, change),
    onSuccess: (changed) => {
      rememberItem(queryClient, 'tasks', changed);
      return invalidateCatalogue(queryClient);
    },
  });
}
