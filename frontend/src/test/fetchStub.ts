import { vi } from 'vitest';

type Reply = { status?: number; body: unknown; contentType?: string };
type Handler = (url: URL) => Reply;

/**
 * Stubs fetch at the network boundary: each handler answers one API path (after /api/v1).
 * Returns the stub so tests can read which URLs were requested.
 */
export function stubApi(handlers: Record<string, Handler>) {
  const stub = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const path = url.pathname.replace(/^\/api\/v1/, '');
    const handler = handlers[path];
    const reply: Reply = handler
      ? handler(url)
      : {
          status: 404,
          contentType: 'application/problem+json',
          body: { title: 'Not Found', status: 404, detail: `No stub for ${path}` },
        };
    return new Response(JSON.stringify(reply.body), {
      status: reply.status ?? 200,
      headers: { 'Content-Type': reply.contentType ?? 'application/json' },
    });
  });
  vi.stubGlobal('fetch', stub);
  return stub;
}

export function requestedUrls(stub: ReturnType<typeof stubApi>): URL[] {
  return stub.mock.calls.map(([input]) => new URL(input instanceof Request ? input.url : String(input)));
}

export function page<T>(items: T[], page = 1, pageSize = 20, totalItems = items.length) {
  return { items, page, pageSize, totalItems, totalPages: Math.max(1, Math.ceil(totalItems / pageSize)) };
}
