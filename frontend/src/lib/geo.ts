import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** What GET /regions/boundaries gives each region: its CBS code, its name and, for a municipality, its province. */
export interface RegionProperties {
  code: string;
  name: string;
  province_code?: string;
}

export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProperties>;

/** The boundaries of 2021 (CBS/PDOK, simplified) as GeoJSON in WGS84. */
export type RegionBoundaries = FeatureCollection<Polygon | MultiPolygon, RegionProperties>;
