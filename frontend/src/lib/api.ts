import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@/types/openapi';
import { activeLanguage } from './i18n';
import { type Session, sessionStore } from './session';

/** An RFC 9457 problem as the API sends it; every field is optional on the wire. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  invalidParams?: { name: string; reason: string }[];
}

/** Why a call failed: the API said so (problem), the answer was not a problem, or no answer came. */
export type ApiErrorKind = 'problem' | 'unexpected' | 'network';

/** Thrown by every query function; carries the problem so the UI can show its detail. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly problem: Problem;
  /** Seconds to wait before trying again, from Retry-After (429, 503). */
  readonly retryAfter: number | undefined;

  constructor(kind: ApiErrorKind, problem: Problem, retryAfter?: number) {
    super(problem.detail ?? problem.title ?? `API error (${kind})`);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = problem.status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

/** Retry-After in seconds: the header holds either a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

export const API_BASE_PATH = '/api/v1';

/**
 * The one typed client. The base URL is absolute so the same code runs in the browser and in jsdom,
 * and fetch is looked up per call so tests can stub it at the network boundary.
 */
export const api = createClient<paths>({
  baseUrl: `${globalThis.location?.origin ?? 'http://localhost'}${API_BASE_PATH}`,
  fetch: (request: Request) => globalThis.fetch(request),
});

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && ('detail' in body || 'title' in body);
}

/** Returns the data of an openapi-fetch result, or throws an ApiError built from the problem. */
export async function dataOf<D>(call: Promise<{ data?: D; error?: unknown; response: Response }>): Promise<D> {
  let result: { data?: D; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (cause) {
    // A body that is not JSON means something other than the API answered (a proxy, a fallback page).
    const kind = cause instanceof SyntaxError ? 'unexpected' : 'network';
    throw new ApiError(kind, {});
  }
  const { data, error, response } = result;
  if (response.ok && data !== undefined) {
    return data;
  }
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  if (isProblem(error)) {
    throw new ApiError('problem', { ...error, status: error.status ?? response.status }, retryAfter);
  }
  throw new ApiError('unexpected', { status: response.status }, retryAfter);
}

/** Like dataOf, for calls that answer 204 No Content. */
export async function doneOf(call: Promise<{ error?: unknown; response: Response }>): Promise<void> {
  await dataOf(call.then((result) => ({ ...result, data: result.response.ok ? true : undefined })));
}

let refreshing: Promise<Session | null> | undefined;

/**
 * POST /sessions/refresh with the HttpOnly cookie: a new access token, or null when the session is over.
 * The refresh token is single-use, so parallel callers share one request. A network or server failure
 * throws, so a hiccup never signs anyone out.
 */
export function refreshSession(): Promise<Session | null> {
  refreshing ??= (async () => {
    const result = api.POST('/sessions/refresh', { credentials: 'same-origin' });
    try {
      const session = await dataOf(result);
      sessionStore.start(session);
      return session;
    } catch (error) {
      if (error instanceof ApiError && error.status !== undefined && error.status < 500) return null;
      throw error;
    }
  })().finally(() => {
    refreshing = undefined;
  });
  return refreshing;
}

/** A fresh token after a 401: the one another call already got, or a refresh; none when the session is over. */
async function renewAccessToken(rejected: string): Promise<string | undefined> {
  const current = sessionStore.accessToken();
  if (!current || sessionStore.isLeaving()) return undefined;
  if (current !== rejected) return current;
  try {
    const session = await refreshSession();
    if (session) return session.accessToken;
    sessionStore.end('expired');
  } catch {
    // The refresh did not get through; keep the session and let the caller see the 401.
  }
  return undefined;
}

/** Endpoints that must never carry a token: a stale one would make the API refuse the call. */
const WITHOUT_TOKEN = new Set(['/sessions', '/sessions/refresh', '/oauth/token']);
const sentWithToken = new Map<string, { retry: Request; token: string }>();

/**
 * Signs calls with the access token and, when the API answers 401 to a signed call, refreshes the session
 * once and repeats the call. When the session cannot be refreshed it ends as expired; the app then sends
 * the reader to the sign-in page.
 */
export const sessionMiddleware: Middleware = {
  onRequest({ request, schemaPath, id }) {
    const token = sessionStore.accessToken();
    if (!token || WITHOUT_TOKEN.has(schemaPath) || request.headers.has('Authorization')) return undefined;
    request.headers.set('Authorization', `Bearer ${token}`);
    sentWithToken.set(id, { retry: request.clone(), token });
    return request;
  },
  async onResponse({ response, id, options }) {
    const sent = sentWithToken.get(id);
    sentWithToken.delete(id);
    if (!sent || response.status !== 401) return undefined;
    if (sessionStore.isLeaving() || sessionStore.get().status === 'signed-out') {
      // The person signed out and the server ended the session under this call: ask again as anyone, so a
      // public page shows as it does to every reader (a private call is refused again, and its data goes).
      sent.retry.headers.delete('Authorization');
      return options.fetch(sent.retry);
    }
    const token = await renewAccessToken(sent.token);
    if (!token) return undefined;
    sent.retry.headers.set('Authorization', `Bearer ${token}`);
    return options.fetch(sent.retry);
  },
  onError({ id }) {
    sentWithToken.delete(id);
  },
};

/** Every call asks for the API's texts (problem titles, details, reasons) in the UI's language, Dutch or English. */
export const languageMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', activeLanguage());
    return request;
  },
};

api.use(languageMiddleware);
api.use(sessionMiddleware);

/** An answer with the ETag of the version it is: what If-Match sends to change it. */
export interface Tagged<T> {
  item: T;
  etag: string | undefined;
}

/** Like dataOf, keeping the ETag header of the answer. */
export async function taggedOf<D>(
  call: Promise<{ data?: D; error?: unknown; response: Response }>,
): Promise<Tagged<D>> {
  let etag: string | null = null;
  const item = await dataOf(
    call.then((result) => {
      etag = result.response.headers.get('ETag');
      return result;
    }),
  );
  return { item, etag: etag ?? undefined };
}
