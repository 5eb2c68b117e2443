import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import type { RegionBoundaries } from '@/lib/geo';

export type BoundaryType = 'municipality' | 'province';

export async function getBoundaries(type: BoundaryType): Promise<RegionBoundaries> {
  // The generated type says only "an object": GeoJSON is described in the API's text, not its schema.
  const collection = await dataOf(api.GET('/regions/boundaries', { params: { query: { type } } }));
  return collection as unknown as RegionBoundaries;
}

export const boundariesQuery = (type: BoundaryType) =>
  queryOptions({ queryKey: ['regions', 'boundaries', type], queryFn: () => getBoundaries(type), staleTime: Infinity });

/** GET /regions/boundaries?type: the boundaries of 2021 as GeoJSON (about 175 kB for the municipalities), fetched once. */
export function useBoundaries(type: BoundaryType, { enabled = true } = {}) {
  return useQuery({ ...boundariesQuery(type), enabled });
}
