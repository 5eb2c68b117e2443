import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { toPage } from '@/lib/page';
import { type HousingQuota, quotaKeys } from './quota';

/** The API's largest page. */
const PAGE_SIZE = 100;

function getQuotaPage(period: string, province: string, page: number) {
  const query = { page, pageSize: PAGE_SIZE, ...(period ? { period } : {}), ...(province ? { province } : {}) };
  return dataOf(api.GET('/housing-quotas', { params: { query } })).then(toPage);
}

/**
 * Every municipality's figures for a half year (and province): the first page, then the others at once —
 * four pages of 100 for the whole country.
 */
export async function getHousingQuotas(period: string, province: string): Promise<HousingQuota[]> {
  const first = await getQuotaPage(period, province, 1);
  const rest = await Promise.all(
    Array.from({ length: first.totalPages - 1 }, (_, index) => getQuotaPage(period, province, index + 2)),
  );
  return [first, ...rest].flatMap((page) => page.items);
}

export const housingQuotasQuery = (period: string, province: string) =>
  queryOptions({
    queryKey: quotaKeys.list(period, province),
    queryFn: () => getHousingQuotas(period, province),
    placeholderData: keepPreviousData,
  });

/** GET /housing-quotas?period&province, all pages: the figures the map and the table show. */
export function useHousingQuotas(period: string, province: string, { enabled = true } = {}) {
  return useQuery({ ...housingQuotasQuery(period, province), enabled });
}
