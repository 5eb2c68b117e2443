import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { components } from '@/types/openapi';
import { type VersionedSignal, rememberSignal, versionedSignalOf } from './signal';

export type SignalRequest = components['schemas']['SignalRequest'];

export function submitSignal(body: SignalRequest, idempotencyKey: string): Promise<VersionedSignal> {
  return versionedSignalOf(api.POST('/signals', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }));
}

/**
 * POST /signals with an Idempotency-Key (municipality, province). The same key with the same content
 * gives back the first signal, so a retry after a lost answer never submits twice.
 */
export function useSubmitSignal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: SignalRequest; idempotencyKey: string }) =>
      submitSignal(body, idempotencyKey),
    onSuccess: (created) => rememberSignal(queryClient, created),
  });
}

/** A fresh idempotency key: a random UUID (a random hex string where randomUUID is missing). */
export function newIdempotencyKey(): string {
  if (typeof globalThis.crypto?.randomUUID === 'function') return globalThis.crypto.randomUUID();
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
