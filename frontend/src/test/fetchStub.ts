import { vi } from 'vitest';

type Reply = { status?: number; body?: unknown; contentType?: string; headers?: Record<string, string> };
type Handler = (url: URL, request: Request) => Reply | Promise<Reply>;

const problemJson = 'application/problem+json';

/**
 * Stubs fetch at the network boundary: each handler answers one API path (after /api/v1), for any
 * method ("/users") or for one ("POST /users"). Returns the stub so tests can read what was requested.
 */
export function stubApi(handlers: Record<string, Handler>) {
  const stub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/api\/v1/, '');
    const handler = handlers[`${request.method} ${path}`] ?? handlers[path];
    const reply: Reply = handler
      ? await handler(url, request)
      : {
          status: 404,
          contentType: problemJson,
          body: { title: 'Not Found', status: 404, detail: `No stub for ${request.method} ${path}` },
        };
    const status = reply.status ?? 200;
    const contentType = reply.contentType ?? (status >= 400 ? problemJson : 'application/json');
    return new Response(status === 204 ? null : JSON.stringify(reply.body), {
      status,
      headers: { 'Content-Type': contentType, ...reply.headers },
    });
  });
  vi.stubGlobal('fetch', stub);
  return stub;
}

/** The requests fetch was called with, in order. */
export function requests(stub: ReturnType<typeof stubApi>): Request[] {
  return stub.mock.calls.map(([input, init]) => (input instanceof Request ? input : new Request(String(input), init)));
}

export function requestedUrls(stub: ReturnType<typeof stubApi>): URL[] {
  return requests(stub).map((request) => new URL(request.url));
}

/** A problem+json reply. */
export function problem(status: number, detail: string, extra: Record<string, unknown> = {}): Reply {
  return { status, body: { title: extra.title ?? 'Fout', status, detail, ...extra } };
}

export function page<T>(items: T[], page = 1, pageSize = 20, totalItems = items.length) {
  return { items, page, pageSize, totalItems, totalPages: Math.max(1, Math.ceil(totalItems / pageSize)) };
}
