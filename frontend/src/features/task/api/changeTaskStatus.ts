import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { type PublicationStatus, type Task, type Versioned, invalidateCatalogue, rememberItem, versionedOf } from '@/lib/catalogue';

export function changeTaskStatus(id: string, status: PublicationStatus, etag: string): Promise<Versioned<Task>> {
  return versionedOf(
    api.PUT('/tasks/{id}/status', { params: { path: { id }, header: { 'If-Match': etag } }, body: { status } }),
  );
}

/** PUT /tasks/{id}/status with If-Match: publish, archive or back to draft. */
export function useChangeTaskStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ status, etag }: { status: PublicationStatus; etag: string }) => changeTaskStatus(id, status, etag),
    onSuccess: (changed) => {
      rememberItem(queryClient, 'tasks', changed);
      return invalidateCatalogue(queryClient);
    },
  });
}
