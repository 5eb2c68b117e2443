import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { type Page, toPage } from '@/lib/page';
import { PRIVATE_QUERY_KEY } from '@/lib/session';
import type { components, paths } from '@/types/openapi';

export type AuditEvent = components['schemas']['AuditEvent'];
type AuditQuery = NonNullable<paths['/audit-events']['get']['parameters']['query']>;

/** What the audit log shows, as the URL query string holds it (entityType, entityId, page). */
export interface AuditSearch {
  entityType: string;
  entityId: string;
  page: number;
}

export const AUDIT_PAGE_SIZE = 20;

export function parseAuditSearch(params: URLSearchParams): AuditSearch {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    entityType: (params.get('entityType') ?? '').trim(),
    entityId: (params.get('entityId') ?? '').trim(),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

export function toAuditSearchParams(search: AuditSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.entityType) params.set('entityType', search.entityType);
  if (search.entityId) params.set('entityId', search.entityId);
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}

function toAuditQuery(search: AuditSearch): AuditQuery {
  return {
    page: search.page,
    pageSize: AUDIT_PAGE_SIZE,
    ...(search.entityType ? { entityType: search.entityType } : {}),
    ...(search.entityId ? { entityId: search.entityId } : {}),
  };
}

export async function getAuditEvents(search: AuditSearch): Promise<Page<AuditEvent>> {
  return toPage(await dataOf(api.GET('/audit-events', { params: { query: toAuditQuery(search) } })));
}

export const auditEventsQuery = (search: AuditSearch) =>
  queryOptions({
    queryKey: [PRIVATE_QUERY_KEY, 'audit-events', search],
    queryFn: () => getAuditEvents(search),
    placeholderData: keepPreviousData,
  });

/** GET /audit-events: every change, newest first (admin only). */
export function useAuditEvents(search: AuditSearch) {
  return useQuery(auditEventsQuery(search));
}
