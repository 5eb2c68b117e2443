import type { QueryClient } from '@tanstack/react-query';
import { dataOf } from '@/lib/api';
import { PRIVATE_QUERY_KEY } from '@/lib/session';
import type { components } from '@/types/openapi';

/** What the signal feature shares between its endpoints: types, codes, the ETag and the cache. */

export type Signal = components['schemas']['Signal'];
export type SignalSummary = components['schemas']['SignalSummary'];
export type SignalStatus = Signal['status'];
export type SignalType = Signal['type'];
export type SignalPriority = Signal['priority'];
export type AllowedTransition = components['schemas']['AllowedTransition'];
export type SignalEvent = components['schemas']['SignalEvent'];
export type SignalNote = components['schemas']['Note'];
export type SignalAttachment = components['schemas']['Attachment'];
export type SignalTheme = components['schemas']['SignalTheme'];
export type SignalStatistics = components['schemas']['SignalStatistics'];
export type SignalCount = components['schemas']['SignalCount'];

export const SIGNAL_STATUSES = [
  'submitted',
  'in_progress',
  'answered',
  'forwarded',
  'rejected',
  'closed',
] as const satisfies readonly SignalStatus[];
export const SIGNAL_TYPES = ['signal', 'question'] as const satisfies readonly SignalType[];
export const SIGNAL_PRIORITIES = ['low', 'normal', 'high'] as const satisfies readonly SignalPriority[];
/** The names of the transitions the API offers in allowedTransitions. */
export const TRANSITION_NAMES = ['start', 'answer', 'forward', 'reject', 'close', 'reopen'] as const;
export type TransitionName = (typeof TRANSITION_NAMES)[number];

export function oneOf<T extends string>(values: readonly T[], value: string | null | undefined): value is T {
  return (values as readonly string[]).includes(value ?? '');
}

/** The page of one signal: /signalen/:id. */
export function signalPath(id: string): string {
  return `/signalen/${id}`;
}

/** A signal with the ETag of the version it is: what If-Match sends to classify it. */
export interface VersionedSignal {
  signal: Signal;
  etag: string | undefined;
}

/** Like dataOf, keeping the ETag header of the answer. */
export async function versionedSignalOf(
  call: Promise<{ data?: Signal; error?: unknown; response: Response }>,
): Promise<VersionedSignal> {
  let etag: string | null = null;
  const signal = await dataOf(
    call.then((result) => {
      etag = result.response.headers.get('ETag');
      return result;
    }),
  );
  return { signal, etag: etag ?? undefined };
}

/** Signals are private (a region sees its own): they live under the key that goes when the session ends. */
export const SIGNALS_KEY = [PRIVATE_QUERY_KEY, 'signals'] as const;

export const signalKeys = {
  lists: () => [...SIGNALS_KEY, 'list'] as const,
  detail: (id: string) => [...SIGNALS_KEY, 'detail', id] as const,
  history: (id: string) => [...SIGNALS_KEY, 'history', id] as const,
  notes: (id: string) => [...SIGNALS_KEY, 'notes', id] as const,
};

/**
 * After a change that returned the signal: its page shows the new version at once, and the lists and
 * the timeline fetch again. Public figures change too.
 */
export function rememberSignal(queryClient: QueryClient, versioned: VersionedSignal): Promise<void> {
  queryClient.setQueryData(signalKeys.detail(versioned.signal.id), versioned);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: signalKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: signalKeys.history(versioned.signal.id) }),
    queryClient.invalidateQueries({ queryKey: ['signal-statistics'] }),
  ]).then(() => undefined);
}
