import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { components } from '@/types/openapi';
import { type VersionedSignal, rememberSignal, versionedSignalOf } from './signal';

export type ClassificationRequest = components['schemas']['ClassificationRequest'];

export function classifySignal(
  id: string,
  body: ClassificationRequest,
  etag: string | undefined,
): Promise<VersionedSignal> {
  const header = etag ? { 'If-Match': etag } : {};
  return versionedSignalOf(api.PUT('/signals/{id}/classification', { params: { path: { id }, header }, body }));
}

/** PUT /signals/{id}/classification with If-Match (support): theme, priority and owner; 412 when it changed meanwhile. */
export function useClassifySignal(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: ClassificationRequest; etag: string | undefined }) =>
      classifySignal(id, body, etag),
    onSuccess: (changed) => rememberSignal(queryClient, changed),
  });
}
