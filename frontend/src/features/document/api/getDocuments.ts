import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import type { components } from '@/types/openapi';

export type FramingDocument = components['schemas']['Document'];
export type DocumentKind = FramingDocument['kind'];

export function getDocuments(): Promise<FramingDocument[]> {
  return dataOf(api.GET('/documents'));
}

export const documentsQuery = () => queryOptions({ queryKey: ['documents', 'list'], queryFn: getDocuments });

/** GET /documents: the letters, meetings, reports and agreements that frame the work, oldest first. */
export function useDocuments() {
  return useQuery(documentsQuery());
}
