import { describe, expect, it } from 'vitest';
import { session } from '@/test/fixtures';
import { page, problem, requests, stubApi } from '@/test/fetchStub';
import { api, dataOf } from './api';
import { sessionStore } from './session';

const authorization = (request: Request | undefined) => request?.headers.get('Authorization') ?? null;

describe('session middleware', () => {
  it('signs calls with the access token, but never the sign-in and refresh calls', async () => {
    sessionStore.start(session('admin', 'old'));
    const stub = stubApi({
      '/domains': () => ({ body: page([]) }),
      'POST /sessions/refresh': () => ({ body: session('admin', 'new') }),
    });
    await dataOf(api.GET('/domains'));
    await dataOf(api.POST('/sessions/refresh', { credentials: 'same-origin' }));
    const [domains, refresh] = requests(stub);
    expect(authorization(domains)).toBe('Bearer old');
    expect(authorization(refresh)).toBeNull();
    expect(refresh?.credentials).toBe('same-origin');
  });

  it('sends no token when nobody is signed in, and passes a 401 on untouched', async () => {
    sessionStore.end('none');
    const stub = stubApi({ '/users': () => problem(401, 'Niet aangemeld.') });
    await expect(dataOf(api.GET('/users'))).rejects.toMatchObject({ status: 401 });
    expect(requests(stub)).toHaveLength(1);
    expect(authorization(requests(stub)[0])).toBeNull();
  });

  it('answers a 401 by refreshing once and repeating the call, body and all, with the new token', async () => {
    sessionStore.start(session('admin', 'expired'));
    const stub = stubApi({
      'POST /sessions/refresh': () => ({ body: session('admin', 'fresh') }),
      'POST /api-clients': async (_url, request) =>
        request.headers.get('Authorization') === 'Bearer fresh'
          ? {
              status: 201,
              body: {
                id: '1',
                clientId: 'hr-1',
                name: (await request.json()).name,
                scopes: [],
                createdAt: '2021-02-12T09:30:00Z',
              },
            }
          : problem(401, 'Het token is verlopen.'),
    });

    const created = await dataOf(
      api.POST('/api-clients', { body: { name: 'Zaaksysteem', scopes: ['signals:write'] } }),
    );

    expect(created.name).toBe('Zaaksysteem');
    expect(requests(stub).map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual([
      'POST /api/v1/api-clients',
      'POST /api/v1/sessions/refresh',
      'POST /api/v1/api-clients',
    ]);
    expect(sessionStore.accessToken()).toBe('fresh');
  });

  it('shares one refresh between calls that fail at the same time (the refresh token is single-use)', async () => {
    sessionStore.start(session('admin', 'expired'));
    const stub = stubApi({
      'POST /sessions/refresh': () => ({ body: session('admin', 'fresh') }),
      '/domains': (_url, request) =>
        request.headers.get('Authorization') === 'Bearer fresh'
          ? { body: page([]) }
          : problem(401, 'Het token is verlopen.'),
    });
    await Promise.all([dataOf(api.GET('/domains')), dataOf(api.GET('/domains')), dataOf(api.GET('/domains'))]);
    expect(requests(stub).filter((request) => request.url.endsWith('/sessions/refresh'))).toHaveLength(1);
  });

  it('ends the session as expired when it cannot be refreshed, and returns the 401', async () => {
    sessionStore.start(session('admin', 'revoked'));
    stubApi({
      'POST /sessions/refresh': () => problem(401, 'Geen geldige sessie meer.'),
      '/users': () => problem(401, 'Het token is ingetrokken.'),
    });
    await expect(dataOf(api.GET('/users'))).rejects.toMatchObject({ status: 401 });
    expect(sessionStore.get()).toEqual({ status: 'signed-out', ended: 'expired' });
  });

  it('keeps the session when the refresh does not get through (network), so a hiccup signs nobody out', async () => {
    sessionStore.start(session('admin', 'expired'));
    stubApi({
      'POST /sessions/refresh': () => {
        throw new TypeError('fetch failed');
      },
      '/users': () => problem(401, 'Het token is verlopen.'),
    });
    await expect(dataOf(api.GET('/users'))).rejects.toMatchObject({ status: 401 });
    expect(sessionStore.get().status).toBe('signed-in');
  });

  it('does not refresh after a 403: the role does not allow it, a new token will not either', async () => {
    sessionStore.start(session('editor'));
    const stub = stubApi({ '/users': () => problem(403, 'Alleen voor beheerders.') });
    await expect(dataOf(api.GET('/users'))).rejects.toMatchObject({ status: 403 });
    expect(requests(stub)).toHaveLength(1);
  });
});
