import { useSyncExternalStore } from 'react';
import { PRIVATE_QUERY_KEY, sessionStore } from './session';

/**
 * Where to cache an answer that differs by caller (the support team sees more): signed in, under the
 * private key that goes when the session ends; signed out, under the public key. Until a session is
 * restored after a reload nothing should be fetched, so `ready` is false then.
 */
export function useSessionScope(name: string): { key: readonly string[]; ready: boolean } {
  const state = useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);
  return {
    key: state.status === 'signed-in' ? [PRIVATE_QUERY_KEY, name] : [name],
    ready: state.status !== 'restoring',
  };
}
