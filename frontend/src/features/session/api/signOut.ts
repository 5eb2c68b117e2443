import { ApiError, api, doneOf, refreshSession } from '@/lib/api';
import { sessionStore } from '@/lib/session';

function endOnServer(token: string): Promise<void> {
  return doneOf(api.DELETE('/sessions/current', { headers: { Authorization: `Bearer ${token}` } }));
}

/**
 * DELETE /sessions/current: ends the session on the server (so the refresh cookie no longer works), then
 * here. An expired access token is refreshed once first; a session that is already over needs no ending.
 * Calls the page still makes are refused once the server has ended the session; that is no expiry.
 */
export async function signOut(): Promise<void> {
  const token = sessionStore.accessToken();
  sessionStore.leave();
  try {
    if (token) {
      await endOnServer(token).catch(async (error: unknown) => {
        if (!(error instanceof ApiError && error.status === 401)) throw error;
        const renewed = await refreshSession();
        if (renewed) await endOnServer(renewed.accessToken);
      });
    }
  } finally {
    sessionStore.end('signed-out');
  }
}
