import { api, dataOf } from '@/lib/api';
import { type Session, sessionStore } from '@/lib/session';
import type { components } from '@/types/openapi';

export type SignInRequest = components['schemas']['SignInRequest'];

/** POST /sessions: signs in; the access token stays in memory, the refresh token in an HttpOnly cookie. */
export async function signIn(body: SignInRequest): Promise<Session> {
  const session = await dataOf(api.POST('/sessions', { body, credentials: 'same-origin' }));
  sessionStore.start(session);
  return session;
}
