import { type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { components, paths } from '@/types/openapi';
import { API_BASE_PATH, dataOf } from './api';
import { PRIVATE_QUERY_KEY, sessionStore } from './session';
import { framedFragment } from './text';

/** What the catalogue shares between tasks, measures and funding: names, paths, search, versions. */

export type Task = components['schemas']['Task'];
export type Measure = components['schemas']['Measure'];
export type Funding = components['schemas']['Funding'];
export type CatalogueItem = Task | Measure | Funding;
export type LinkedItem = components['schemas']['LinkedItem'];
export type HistoryEntry = components['schemas']['HistoryEntry'];
export type Facets = components['schemas']['Facets'];
export type PublicationStatus = CatalogueItem['status'];

export const KINDS = ['task', 'measure', 'funding'] as const;
export type Kind = (typeof KINDS)[number];

/** The Dutch path segment of each kind: /opgaven/:id, /redactie/maatregelen/nieuw, … */
export const KIND_SEGMENT: Record<Kind, string> = { task: 'opgaven', measure: 'maatregelen', funding: 'financiering' };
/** The API collection of each kind. */
export const KIND_COLLECTION: Record<Kind, 'tasks' | 'measures' | 'funding'> = {
  task: 'tasks',
  measure: 'measures',
  funding: 'funding',
};

export function isKind(value: string | null | undefined): value is Kind {
  return (KINDS as readonly string[]).includes(value ?? '');
}

export function kindOfSegment(segment: string | undefined): Kind | undefined {
  return KINDS.find((kind) => KIND_SEGMENT[kind] === segment);
}

/** The public page of an item. */
export function itemPath(kind: Kind, id: string): string {
  return `/${KIND_SEGMENT[kind]}/${id}`;
}

export const EDITOR_PATH = '/redactie';

/** An editor's pages: the list of a kind, a new item, one item, its history. */
export function editorPath(kind: Kind, id?: string, page?: 'history'): string {
  const base = `${EDITOR_PATH}/${KIND_SEGMENT[kind]}`;
  if (!id) return base;
  return page === 'history' ? `${base}/${id}/geschiedenis` : `${base}/${id}`;
}

export const DOMAINS = ['reception', 'housing', 'integration'] as const;
export const AUDIENCES = [
  'municipality',
  'province',
  'housing-association',
  'coa',
  'ngo',
  'national-government',
] as const;
export const STATUSES = ['draft', 'published', 'archived'] as const satisfies readonly PublicationStatus[];
export const SORTS = ['relevance', 'title', 'closesOn', 'updatedAt'] as const;
export type Domain = (typeof DOMAINS)[number];
export type Audience = (typeof AUDIENCES)[number];
export type Sort = (typeof SORTS)[number];

/** The publication workflow: draft → published → archived, and back to draft from either to revise. */
export const NEXT_STATUSES: Record<PublicationStatus, readonly PublicationStatus[]> = {
  draft: ['published'],
  published: ['archived', 'draft'],
  archived: ['draft'],
};

/** The search query the API takes; the three kinds take the same one. */
export type CatalogueQuery = NonNullable<paths[`/${(typeof KIND_COLLECTION)[Kind]}`]['get']['parameters']['query']>;

/** A catalogue search as the URL holds it; empty strings mean "no filter". */
export interface CatalogueSearch {
  q: string;
  domain: Domain | '';
  audience: Audience | '';
  organisation: string;
  status: PublicationStatus | '';
  openOn: string;
  sort: Sort | '';
  page: number;
}

export const EMPTY_SEARCH: CatalogueSearch = {
  q: '',
  domain: '',
  audience: '',
  organisation: '',
  status: '',
  openOn: '',
  sort: '',
  page: 1,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | '' {
  return values.includes(value as T) ? (value as T) : '';
}

/** Reads a search from a query string; anything unknown or malformed is dropped, never sent on. */
export function parseCatalogueSearch(params: URLSearchParams): CatalogueSearch {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const organisation = (params.get('organisation') ?? '').trim().toUpperCase();
  const openOn = (params.get('openOn') ?? '').trim();
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    domain: oneOf(DOMAINS, params.get('domain')),
    audience: oneOf(AUDIENCES, params.get('audience')),
    organisation: /^[A-Z0-9]{2,12}$/.test(organisation) ? organisation : '',
    status: oneOf(STATUSES, params.get('status')),
    openOn: ISO_DATE.test(openOn) ? openOn : '',
    sort: oneOf(SORTS, params.get('sort')),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The query string for a search, in a fixed order; empty fields and page 1 are left out. */
export function toCatalogueSearchParams(search: CatalogueSearch, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams(extra);
  const fields = ['q', 'domain', 'audience', 'organisation', 'status', 'openOn', 'sort'] as const;
  for (const field of fields) {
    if (search[field]) params.set(field, search[field]);
  }
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}

/** The API query for a search (filters only when given). */
export function toCatalogueQuery(search: CatalogueSearch, pageSize?: number): CatalogueQuery {
  return {
    ...(search.q ? { q: search.q } : {}),
    ...(search.domain ? { domain: search.domain } : {}),
    ...(search.audience ? { audience: search.audience } : {}),
    ...(search.organisation ? { organisation: search.organisation } : {}),
    ...(search.status ? { status: search.status } : {}),
    ...(search.openOn ? { openOn: search.openOn } : {}),
    ...(search.sort ? { sort: search.sort } : {}),
    ...(pageSize ? { page: search.page, pageSize } : {}),
  };
}

/** The same filters as a download address (CSV export or calendar feed), without paging. */
export function downloadUrl(path: string, search: CatalogueSearch): string {
  const params = toCatalogueSearchParams({ ...search, page: 1 });
  const query = params.toString();
  return `${API_BASE_PATH}${path}${query ? `?${query}` : ''}`;
}

export function exportUrl(kind: Kind, search: CatalogueSearch): string {
  return downloadUrl(`/${KIND_COLLECTION[kind]}/export`, search);
}

/** "Zet in agenda": the closing date of one funding item as an .ics file. */
export function fundingCalendarUrl(id: string): string {
  return `${API_BASE_PATH}/funding/${id}/calendar`;
}

/** A search page as the UI uses it: every envelope field filled in. */
export interface SearchPage<T> {
  items: T[];
  page: number;
  pageSize: number;
  totalItems: number;
  totalPages: number;
  facets: Facets;
  /** Only when nothing was found: a corrected text that finds something ("Bedoelde u"). */
  suggestion?: string | null;
}

/** An item with the ETag of the version it is: what If-Match must send to change it. */
export interface Versioned<T> {
  item: T;
  etag: string;
}

/** Like dataOf, keeping the ETag header (or the version, which the API documents as the same value). */
export async function versionedOf<T extends { version: number }>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<Versioned<T>> {
  let etag: string | null = null;
  const item = await dataOf(
    call.then((result) => {
      etag = result.response.headers.get('ETag');
      return result;
    }),
  );
  return { item, etag: etag ?? `"${item.version}"` };
}

/**
 * Catalogue data differs by caller (editors also see drafts), so cached answers are kept apart: signed
 * in, they live under the private key that goes when the session ends. Until the session is restored
 * after a reload nothing is fetched, so an editor's draft does not first answer 404.
 */
export function useCatalogueScope(): { key: readonly string[]; ready: boolean } {
  const state = useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);
  return {
    key: state.status === 'signed-in' ? [PRIVATE_QUERY_KEY, 'catalogue'] : ['catalogue'],
    ready: state.status !== 'restoring',
  };
}

/** After any change: items, lists and the other side of a link may all show it. */
export function invalidateCatalogue(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['catalogue'] }),
    queryClient.invalidateQueries({ queryKey: [PRIVATE_QUERY_KEY, 'catalogue'] }),
  ]).then(() => undefined);
}

/** Puts a changed item in the signed-in cache, so its page shows it without waiting. */
export function rememberItem<T>(
  queryClient: QueryClient,
  collection: string,
  versioned: Versioned<T & { id: string }>,
): void {
  queryClient.setQueryData([PRIVATE_QUERY_KEY, 'catalogue', collection, 'detail', versioned.item.id], versioned);
}

/** One piece of a search snippet: plain text, or a match to highlight. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * Splits a snippet into text and matches (between ⟦ and ⟧). The text stays text: it is rendered as React
 * children, never as HTML. A stray marker is dropped.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const open = rest.indexOf('⟦');
    const close = open >= 0 ? rest.indexOf('⟧', open + 1) : -1;
    if (open < 0 || close < 0) {
      parts.push({ text: rest.replace(/[⟦⟧]/g, ''), match: false });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open).replace(/⟧/g, ''), match: false });
    parts.push({ text: rest.slice(open + 1, close), match: true });
    rest = rest.slice(close + 1);
  }
  return parts.filter((part) => part.text.length > 0);
}

/**
 * A found item's search snippet with an ellipsis where the API cut it out of the summary and body, or null
 * without a search text. The API searches the summary and body as one text.
 */
export function framedSnippet(item: Pick<CatalogueItem, 'snippet' | 'summary' | 'body'>): string | null {
  if (!item.snippet) return null;
  const plain = snippetParts(item.snippet)
    .map((part) => part.text)
    .join('');
  return framedFragment(item.snippet, `${item.summary} ${item.body ?? ''}`, plain);
}

/** Plain text with paragraphs separated by a blank line, as the API keeps body texts. */
export function paragraphsOf(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** Today as an ISO date in Dutch time (the API's dates are Dutch calendar days). */
export function isoToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(now);
}
