import { geoIdentity, geoPath } from 'd3-geo';
import type { Position } from 'geojson';
import type { RegionBoundaries, RegionFeature } from '@/lib/geo';

export const MAP_WIDTH = 600;
export const MAP_HEIGHT = 700;

export interface MapShape {
  code: string;
  name: string;
  provinceCode: string | undefined;
  /** The SVG path, in the map's own units (MAP_WIDTH × MAP_HEIGHT). */
  d: string;
}

const RADIANS = Math.PI / 180;

/** Web Mercator's y for a latitude, in degrees, so x and y keep their proportions at Dutch latitudes. */
function mercator([longitude = 0, latitude = 0]: Position): Position {
  return [longitude, Math.log(Math.tan(Math.PI / 4 + (latitude * RADIANS) / 2)) / RADIANS];
}

function toMercator(feature: RegionFeature): RegionFeature {
  const geometry = feature.geometry;
  const ring = (positions: Position[]) => positions.map(mercator);
  return {
    ...feature,
    geometry:
      geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: geometry.coordinates.map(ring) }
        : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(ring)) },
  };
}

/**
 * A projection fitted to the map's size around the regions given (the whole country, or one province's
 * municipalities), and what draws regions with it as SVG paths. The coordinates are turned into
 * Mercator first and then drawn as a plane (geoIdentity): the boundaries wind counter-clockwise as
 * GeoJSON prescribes, which d3's spherical projections would read as "everything but this region".
 */
export function mapProjector(fitTo: readonly RegionFeature[]): (regions: readonly RegionFeature[]) => MapShape[] {
  if (fitTo.length === 0) return () => [];
  const projection = geoIdentity()
    .reflectY(true)
    .fitSize([MAP_WIDTH, MAP_HEIGHT], { type: 'FeatureCollection', features: fitTo.map(toMercator) });
  const path = geoPath(projection).digits(1);
  return (regions) =>
    regions.map((region) => ({
      code: region.properties.code,
      name: region.properties.name,
      provinceCode: region.properties.province_code,
      d: path(toMercator(region)) ?? '',
    }));
}

/** The municipalities of one province (all of them without a province). */
export function regionsIn(boundaries: RegionBoundaries | undefined, province: string): RegionFeature[] {
  const features = boundaries?.features ?? [];
  return province ? features.filter((feature) => feature.properties.province_code === province) : features;
}
