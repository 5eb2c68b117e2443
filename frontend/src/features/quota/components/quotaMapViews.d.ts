/** The quota map's views, projected at build time by `vite-plugins/quotaMapViews.ts` (decision 0021). */
declare module 'virtual:quota-map' {
  export const MAP_WIDTH: number;
  export const MAP_HEIGHT: number;

  export interface MapShape {
    code: string;
    name: string;
    provinceCode: string | undefined;
    /** The SVG path, in the map's own units (MAP_WIDTH × MAP_HEIGHT). */
    d: string;
  }

  export interface QuotaMapView {
    /** The municipalities, by name. */
    regions: readonly MapShape[];
    /** The provinces' boundaries, drawn over the municipalities as thicker lines. */
    outlines: readonly { code: string; d: string }[];
  }

  /** The whole country (no province) or one province's municipalities, zoomed to them; each is a chunk of its own. */
  export function loadQuotaMapView(province: string): Promise<QuotaMapView>;
}
