import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { refreshSession } from '@/lib/api';
import { signInPath } from '@/lib/returnPath';
import { PRIVATE_QUERY_KEY, sessionStore } from '@/lib/session';
import { signIn } from '@/features/session/api/signIn';
import { signOut as endSession } from '@/features/session/api/signOut';
import { SessionContext, type SessionContextValue, type SignInReason } from './useSession';

/**
 * Restores the session once on start (through the refresh cookie, when this browser had one), offers sign-in and sign-out, and sends
 * the reader to the sign-in page when the session expires, remembering the page they were on.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const state = useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const here = useRef(location);
  const [signedOutFrom, setSignedOutFrom] = useState<string>();

  useEffect(() => {
    here.current = location;
    setSignedOutFrom((from) => (from === location.key ? from : undefined)); // arrived elsewhere: over
  }, [location]);

  useEffect(() => {
    if (sessionStore.get().status !== 'restoring') return;
    if (!sessionStore.mayRestore()) {
      sessionStore.end('none');
      return;
    }
    refreshSession()
      .then((session) => session ?? sessionStore.end('none'))
      .catch(() => sessionStore.end('none'));
  }, []);

  useEffect(
    () =>
      sessionStore.subscribe(() => {
        const current = sessionStore.get();
        if (current.status !== 'signed-out') return;
        queryClient.removeQueries({ queryKey: [PRIVATE_QUERY_KEY] });
        if (current.ended === 'expired') {
          const reason: SignInReason = 'expired';
          void navigate(signInPath(here.current), { replace: true, state: { reason } });
        }
      }),
    [navigate, queryClient],
  );

  // Leave the page first, then end the session. The navigation is a transition: while the home page's code still
  // loads, the page signed out from stays on screen and sees the session end; RequireRole then waits for the
  // navigation (signedOutFrom) rather than sending the reader to sign-in (CI caught this).
  const signOut = useCallback(async () => {
    setSignedOutFrom(here.current.key);
    await navigate('/', { state: { notice: 'signedOut' } });
    await endSession();
  }, [navigate]);

  const value = useMemo<SessionContextValue>(
    () => ({
      status: state.status,
      caller: state.status === 'signed-in' ? state.session.caller : undefined,
      ended: state.status === 'signed-out' ? state.ended : undefined,
      signedOutFrom,
      signIn,
      signOut,
    }),
    [state, signedOutFrom, signOut],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
