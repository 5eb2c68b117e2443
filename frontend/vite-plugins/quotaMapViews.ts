import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoIdentity, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Plugin } from 'vite';

/**
 * The quota monitor's map drawn at build time (decision 0021). The backend's boundary files of 2021 are projected
 * here into SVG paths, one module per view: `virtual:quota-map/NL` for the whole country and
 * `virtual:quota-map/PV20` … for one province zoomed to its municipalities. `virtual:quota-map` itself only loads
 * them (`loadQuotaMapView`), so each view is a chunk of its own that the monitor asks for when it shows it. The
 * browser draws the paths as they are; projecting 175 kB of GeoJSON there blocked the main thread for seconds.
 * `src/features/quota/components/quotaMapViews.d.ts` declares what the modules export.
 */

const MAP_WIDTH = 600;
const MAP_HEIGHT = 700;
const INDEX = 'virtual:quota-map';
const VIEW = `${INDEX}/`;
const NATIONAL = 'NL';

const regionsFolder = new URL('../../backend/src/main/resources/data/regions/', import.meta.url);
/** The files the SPA's build reads: the Makefile and the Dockerfile name them too. */
export const BOUNDARY_FILES = {
  municipalities: fileURLToPath(new URL('gemeenten-2021.geojson', regionsFolder)),
  provinces: fileURLToPath(new URL('provincies-2021.geojson', regionsFolder)),
};

interface RegionProperties {
  code: string;
  name: string;
  province_code?: string;
}
type RegionFeature = Feature<Polygon | MultiPolygon, RegionProperties>;

interface MapShape {
  code: string;
  name: string;
  provinceCode: string | undefined;
  d: string;
}

interface MapView {
  /** The municipalities, by name, as links. */
  regions: MapShape[];
  /** The provinces' boundaries, drawn over the municipalities as thicker lines. */
  outlines: { code: string; d: string }[];
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
 * The municipalities given, fitted to the map's size, and the provinces' outlines in the same projection. The
 * coordinates are turned into Mercator first and then drawn as a plane (geoIdentity): the boundaries wind
 * counter-clockwise as GeoJSON prescribes, which d3's spherical projections would read as "everything but this
 * region".
 */
function drawView(municipalities: RegionFeature[], provinces: RegionFeature[]): MapView {
  if (municipalities.length === 0) return { regions: [], outlines: [] };
  const projection = geoIdentity()
    .reflectY(true)
    .fitSize([MAP_WIDTH, MAP_HEIGHT], { type: 'FeatureCollection', features: municipalities.map(toMercator) });
  const path = geoPath(projection).digits(1);
  const collator = new Intl.Collator('nl');
  return {
    regions: municipalities
      .map((region) => ({
        code: region.properties.code,
        name: region.properties.name,
        provinceCode: region.properties.province_code,
        d: path(toMercator(region)) ?? '',
      }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    outlines: provinces.map((province) => ({ code: province.properties.code, d: path(toMercator(province)) ?? '' })),
  };
}

function readBoundaries(file: string): RegionFeature[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, RegionProperties>)
    .features;
}

/** The whole country (NL) or one province's municipalities with that province's outline. */
function view(code: string): MapView {
  const municipalities = readBoundaries(BOUNDARY_FILES.municipalities);
  const provinces = readBoundaries(BOUNDARY_FILES.provinces);
  if (code === NATIONAL) return drawView(municipalities, provinces);
  return drawView(
    municipalities.filter((region) => region.properties.province_code === code),
    provinces.filter((province) => province.properties.code === code),
  );
}

/** The loader: a dynamic import per view, so that Rollup makes each a chunk; an unknown province has no regions. */
function index(): string {
  const codes = [NATIONAL, ...readBoundaries(BOUNDARY_FILES.provinces).map((province) => province.properties.code)];
  const loaders = codes.map((code) => `  ${JSON.stringify(code)}: () => import(${JSON.stringify(VIEW + code)}),`);
  return [
    `export const MAP_WIDTH = ${MAP_WIDTH};`,
    `export const MAP_HEIGHT = ${MAP_HEIGHT};`,
    `const views = {\n${loaders.join('\n')}\n};`,
    'export async function loadQuotaMapView(province) {',
    `  const load = views[province || ${JSON.stringify(NATIONAL)}];`,
    '  return load ? (await load()).default : { regions: [], outlines: [] };',
    '}',
  ].join('\n');
}

export function quotaMapViews(): Plugin {
  return {
    name: 'quota-map-views',
    resolveId(id) {
      return id === INDEX || id.startsWith(VIEW) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${INDEX}`)) return null;
      Object.values(BOUNDARY_FILES).forEach((file) => this.addWatchFile(file));
      const name = id.slice(1);
      // JSON.parse of a string literal is read faster than the same data as an object literal
      return name === INDEX
        ? index()
        : `export default JSON.parse(${JSON.stringify(JSON.stringify(view(name.slice(VIEW.length))))});`;
    },
  };
}
