import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { loadQuotaMapView } from 'virtual:quota-map';

/**
 * The map's paths for the whole country (no province) or one province, drawn at build time (decision 0021); each
 * view is a chunk fetched the first time it is shown, beside the figures.
 */
export function useQuotaMapView(province: string) {
  return useQuery({
    queryKey: ['quota', 'map', province],
    queryFn: () => loadQuotaMapView(province),
    staleTime: Infinity,
    // the map of the province before stays (busy) until the next one's chunk is there, as the figures do
    placeholderData: keepPreviousData,
  });
}
