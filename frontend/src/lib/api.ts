import createClient from 'openapi-fetch';
import type { paths } from '../types/openapi';

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

  constructor(kind: ApiErrorKind, problem: Problem) {
    super(problem.detail ?? problem.title ?? `API error (${kind})`);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = problem.status;
    this.problem = problem;
  }
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
  if (isProblem(error)) {
    throw new ApiError('problem', { ...error, status: error.status ?? response.status });
  }
  throw new ApiError('unexpected', { status: response.status });
}
