import { describe, expect, it, vi } from 'vitest';
import { api, ApiError, dataOf } from './api';
import { initI18n } from './i18n';
import { shouldRetry } from './queryClient';

describe('dataOf', () => {
  it('returns the data of a successful call', async () => {
    vi.stubGlobal('fetch', async () =>
      Response.json({ items: [], page: 1, pageSize: 20, totalItems: 0, totalPages: 0 }),
    );
    await expect(dataOf(api.GET('/domains'))).resolves.toMatchObject({ totalItems: 0 });
  });

  it('throws the problem of a problem+json answer', async () => {
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(
          JSON.stringify({ title: 'Bad Request', status: 400, detail: 'pageSize moet tussen 1 en 100 liggen.' }),
          {
            status: 400,
            headers: { 'Content-Type': 'application/problem+json' },
          },
        ),
    );
    const error = await dataOf(api.GET('/regions', { params: { query: { pageSize: 500 } } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'problem', status: 400, message: 'pageSize moet tussen 1 en 100 liggen.' });
  });

  it('reports an answer that is not a problem as unexpected, keeping the status', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(dataOf(api.GET('/domains'))).rejects.toMatchObject({ kind: 'unexpected', status: 502 });
  });

  it('reports an HTML page where JSON was expected as unexpected', async () => {
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response('<!doctype html><html></html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
    );
    await expect(dataOf(api.GET('/domains'))).rejects.toMatchObject({ kind: 'unexpected' });
  });

  it('reports a failed connection as a network error', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('fetch failed');
    });
    await expect(dataOf(api.GET('/domains'))).rejects.toMatchObject({ kind: 'network' });
  });
});

describe('Accept-Language', () => {
  it('asks the API for its texts in the language the UI speaks', async () => {
    const sent: (string | null)[] = [];
    vi.stubGlobal('fetch', async (request: Request) => {
      sent.push(request.headers.get('Accept-Language'));
      return Response.json({ items: [], page: 1, pageSize: 20, totalItems: 0, totalPages: 0 });
    });
    const i18n = initI18n();
    await i18n.changeLanguage('en');
    await dataOf(api.GET('/domains'));
    await i18n.changeLanguage('nl');
    await dataOf(api.GET('/domains'));
    expect(sent).toEqual(['en', 'nl']);
  });
});

describe('shouldRetry', () => {
  it('does not retry client errors but retries server and network errors twice', () => {
    expect(shouldRetry(0, new ApiError('problem', { status: 404 }))).toBe(false);
    expect(shouldRetry(0, new ApiError('problem', { status: 503 }))).toBe(true);
    expect(shouldRetry(1, new ApiError('network', {}))).toBe(true);
    expect(shouldRetry(2, new ApiError('network', {}))).toBe(false);
  });
});
