import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { type Task, type Versioned, invalidateCatalogue, rememberItem, versionedOf } from '@/lib/catalogue';
import type { TaskRequest } from './createTask';

export function replaceTask(id: string, body: TaskRequest, etag: string): Promise<Versioned<Task>> {
  return versionedOf(api.PUT('/tasks/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }));
}

/** PUT /tasks/{id} with If-Match: saves a task; 412 when someone else changed it since `etag`. */
export function useReplaceTask(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: TaskRequest; etag: string }) => replaceTask(id, body, etag),
    onSuccess: (saved) => {
      rememberItem(queryClient, 'tasks', saved);
      return invalidateCatalogue(queryClient);
    },
  });
}
