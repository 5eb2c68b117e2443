import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { type Task, type Versioned, invalidateCatalogue, rememberItem, versionedOf } from '@/lib/catalogue';
import type { components } from '@/types/openapi';

export type TaskRequest = components['schemas']['TaskRequest'];

export function createTask(body: TaskRequest): Promise<Versioned<Task>> {
  return versionedOf(api.POST('/tasks', { body }));
}

/** POST /tasks: a new task, as a draft (editors). */
export function useCreateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTask,
    onSuccess: (created) => {
      rememberItem(queryClient, 'tasks', created);
      return invalidateCatalogue(queryClient);
    },
  });
}
