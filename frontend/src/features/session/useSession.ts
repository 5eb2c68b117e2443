import { createContext, useContext } from 'react';
import type { Caller, Session, SessionEnd, SessionState } from '@/lib/session';
import type { SignInRequest } from '@/features/session/api/signIn';

/** Why the sign-in page is shown: the session expired, or the page asked for a signed-in reader. */
export type SignInReason = 'expired' | 'required';

export interface SessionContextValue {
  status: SessionState['status'];
  /** Who is signed in; undefined while restoring or when signed out. */
  caller: Caller | undefined;
  /** How the last session ended, when signed out. */
  ended: SessionEnd | undefined;
  /** The location (its key) the reader last signed out from: the app is on its way home from there. */
  signedOutFrom: string | undefined;
  signIn: (request: SignInRequest) => Promise<Session>;
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

/** The signed-in caller and the sign-in and sign-out actions; needs the SessionProvider above it. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider');
  return value;
}
