import type { components } from '@/types/openapi';

export type Session = components['schemas']['Session'];
export type Caller = components['schemas']['Caller'];
export type Role = components['schemas']['User']['role'];

/** Why there is no session: never signed in (or nothing to restore), signed out, or the session ended unasked. */
export type SessionEnd = 'none' | 'signed-out' | 'expired';

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signed-in'; session: Session; leaving?: boolean }
  | { status: 'signed-out'; ended: SessionEnd };

type Listener = () => void;

let state: SessionState = { status: 'restoring' };

/**
 * A flag, not a secret: "this browser had a session". Without it a fresh page does not ask the server to
 * restore one, so anonymous visitors make no refresh call that can only fail.
 */
const HAD_SESSION_KEY = 'handreiking.hadSession';

function remember(had: boolean): void {
  try {
    if (had) globalThis.localStorage?.setItem(HAD_SESSION_KEY, '1');
    else globalThis.localStorage?.removeItem(HAD_SESSION_KEY);
  } catch {
    // storage can be unavailable (private mode); then every page load tries to restore, as before
  }
}
const listeners = new Set<Listener>();

function set(next: SessionState): void {
  state = next;
  listeners.forEach((listener) => listener());
}

/**
 * The signed-in session, in memory only: the access token never reaches localStorage, and the refresh
 * token lives in an HttpOnly cookie the app cannot read. A reload restores the session through that cookie.
 */
export const sessionStore = {
  get: (): SessionState => state,

  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  accessToken(): string | undefined {
    return state.status === 'signed-in' ? state.session.accessToken : undefined;
  },

  start(session: Session): void {
    remember(true);
    set({ status: 'signed-in', session });
  },

  /** Whether a session may be there to restore: this browser signed in and did not end the session since. */
  mayRestore(): boolean {
    try {
      return globalThis.localStorage?.getItem(HAD_SESSION_KEY) !== null;
    } catch {
      return true;
    }
  },

  /**
   * The person signs out and the server is ending the session: a call refused in the meantime is part of
   * signing out, not a session that expired (which would send them to the sign-in page).
   */
  leave(): void {
    if (state.status === 'signed-in') set({ ...state, leaving: true });
  },

  /** Whether the person is signing out (see leave). */
  isLeaving(): boolean {
    return state.status === 'signed-in' && state.leaving === true;
  },

  /** Ends the session here; only the first end counts, so parallel failing calls expire it once. */
  end(ended: SessionEnd): void {
    remember(false);
    if (state.status !== 'signed-out') set({ status: 'signed-out', ended });
  },

  /** Back to the state of a fresh page load (the app then tries to restore the session). */
  reset(): void {
    set({ status: 'restoring' });
  },
};

/** Query keys that start with this hold data only a signed-in caller may see; they go when the session ends. */
export const PRIVATE_QUERY_KEY = 'private';
