import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { components } from '@/types/openapi';
import { type VersionedSignal, rememberSignal, versionedSignalOf } from './signal';

export type TransitionRequest = components['schemas']['TransitionRequest'];

export function transitionSignal(id: string, body: TransitionRequest): Promise<VersionedSignal> {
  return versionedSignalOf(api.POST('/signals/{id}/transitions', { params: { path: { id } }, body }));
}

/** POST /signals/{id}/transitions: start, answer, forward, reject, close or reopen; 409 when not allowed now. */
export function useTransitionSignal(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionRequest) => transitionSignal(id, body),
    onSuccess: (changed) => rememberSignal(queryClient, changed),
  });
}
