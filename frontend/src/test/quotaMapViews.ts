import type * as QuotaMapViews from 'virtual:quota-map';

/** What the tests draw instead of the views built from the real boundaries (vitest.config.ts): four squares. */
export const MAP_WIDTH = 600;
export const MAP_HEIGHT = 700;

const square = (x: number, y: number) => `M${x},${y}h40v40h-40Z`;

const REGIONS: readonly QuotaMapViews.MapShape[] = [
  { code: 'GM0307', name: 'Amersfoort', provinceCode: 'PV26', d: square(200, 300) },
  { code: 'GM0200', name: 'Apeldoorn', provinceCode: 'PV25', d: square(400, 200) },
  { code: 'GM0202', name: 'Arnhem', provinceCode: 'PV25', d: square(380, 340) },
  { code: 'GM0344', name: 'Utrecht', provinceCode: 'PV26', d: square(100, 320) },
];
const OUTLINES = [
  { code: 'PV26', d: 'M80,280h180v100h-180Z' },
  { code: 'PV25', d: 'M360,180h100v220h-100Z' },
];

export const loadQuotaMapView: typeof QuotaMapViews.loadQuotaMapView = (province) =>
  Promise.resolve({
    regions: REGIONS.filter((region) => !province || region.provinceCode === province),
    outlines: OUTLINES.filter((outline) => !province || outline.code === province),
  });
