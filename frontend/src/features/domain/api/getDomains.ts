import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { type Page, toPage } from '@/lib/page';
import type { paths } from '@/types/openapi';

type DomainEnvelope = paths['/domains']['get']['responses'][200]['content']['application/json'];
export type Domain = NonNullable<DomainEnvelope['items']>[number];

export async function getDomains(): Promise<Page<Domain>> {
  return toPage(await dataOf(api.GET('/domains')));
}

export const domainsQuery = () => queryOptions({ queryKey: ['domains'], queryFn: getDomains });

/** GET /domains: the three policy domains (reception, housing, integration). */
export function useDomains() {
  return useQuery(domainsQuery());
}
