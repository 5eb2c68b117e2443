import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { type Page, toPage } from '@/lib/page';
import type { paths } from '@/types/openapi';

type OrganisationEnvelope = paths['/organisations']['get']['responses'][200]['content']['application/json'];
export type Organisation = NonNullable<OrganisationEnvelope['items']>[number];

export async function getOrganisations(): Promise<Page<Organisation>> {
  return toPage(await dataOf(api.GET('/organisations', { params: { query: { pageSize: 100 } } })));
}

export const organisationsQuery = () => queryOptions({ queryKey: ['organisations'], queryFn: getOrganisations });

/** GET /organisations?pageSize=100: every organisation, the support team included. */
export function useOrganisations() {
  return useQuery(organisationsQuery());
}
