import { type HousingQuota, type QuotaTotal, shareIsEstimated } from '@/features/quota/api/quota';

/** The classes the map colours in, from the share realised; the last is "no figures or unknown". */
export const SHARE_CLASSES = ['below50', 'from50', 'from75', 'from100', 'unknown'] as const;
export type ShareClass = (typeof SHARE_CLASSES)[number];

/** Rounds as formatPercent does (Intl, on the exact value), so a class never contradicts the figure shown. */
const wholePercent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0, useGrouping: false });

/**
 * The class of a share (0..1, sometimes above 1). It goes by the whole percentage the reader sees, so
 * 74,6% — shown as 75% — is in "75% to 100%", never in a class its label contradicts.
 */
export function shareClassOf(share: number | null | undefined): ShareClass {
  if (share === null || share === undefined || !Number.isFinite(share)) return 'unknown';
  const percent = Number.parseInt(wholePercent.format(share), 10);
  if (percent < 50) return 'below50';
  if (percent < 75) return 'from50';
  if (percent < 100) return 'from75';
  return 'from100';
}

/**
 * What the map can truly say of a municipality: its own reported share ("reported"); where it has only a
 * share spread from a total, the share its province reported ("province"); a spread estimate and nothing
 * more ("estimate", never coloured as if it were the municipality's own); or nothing ("unknown").
 */
export type MapBasis = 'reported' | 'province' | 'estimate' | 'unknown';

export interface MapClass {
  basis: MapBasis;
  shareClass: ShareClass;
  /** The share the colour stands for: the municipality's own or its province's reported one. */
  share?: number;
}

/** The share a province reported (realised of target plus arrears carried in, where given); undefined without both. */
export function reportedShare(total: Pick<QuotaTotal, 'reported'> | undefined): number | undefined {
  const reported = total?.reported;
  if (!reported || reported.target == null || reported.realised == null) return undefined;
  const due = reported.target + Math.max(reported.arrearsIn ?? 0, 0);
  return due > 0 ? reported.realised / due : undefined;
}

export function mapClassOf(quota: HousingQuota | undefined, provinceShare: number | undefined): MapClass {
  const share = quota?.realisedShare;
  if (!quota || share === null || share === undefined) return { basis: 'unknown', shareClass: 'unknown' };
  if (!shareIsEstimated(quota)) return { basis: 'reported', shareClass: shareClassOf(share), share };
  if (provinceShare !== undefined)
    return { basis: 'province', shareClass: shareClassOf(provinceShare), share: provinceShare };
  return { basis: 'estimate', shareClass: 'unknown' };
}

/** How many municipalities the map shows on each basis, and the reported ones per class. */
export function countByBasis(classes: readonly MapClass[]): Record<ShareClass, number> & Record<MapBasis, number> {
  const counts = { ...countByClass([]), reported: 0, province: 0, estimate: 0 } as Record<ShareClass, number> &
    Record<MapBasis, number>;
  for (const item of classes) {
    if (item.basis === 'reported') counts[item.shareClass] += 1;
    if (item.basis !== 'unknown') counts[item.basis] += 1;
    if (item.basis === 'unknown') counts.unknown += 1;
  }
  return counts;
}

/** How many municipalities fall in each class; those without figures count as unknown. */
export function countByClass(shares: readonly (number | null | undefined)[]): Record<ShareClass, number> {
  const counts = Object.fromEntries(SHARE_CLASSES.map((name) => [name, 0])) as Record<ShareClass, number>;
  for (const share of shares) counts[shareClassOf(share)] += 1;
  return counts;
}

export const SORT_KEYS = [
  'municipality',
  'province',
  'target',
  'realised',
  'arrearsIn',
  'arrearsEnd',
  'share',
] as const;
export type QuotaSortKey = (typeof SORT_KEYS)[number];
export interface QuotaSort {
  key: QuotaSortKey;
  direction: 'ascending' | 'descending';
}

export const DEFAULT_SORT: QuotaSort = { key: 'municipality', direction: 'ascending' };

function valueOf(quota: HousingQuota, key: QuotaSortKey): string | number | null {
  switch (key) {
    case 'municipality':
      return quota.municipality.name;
    case 'province':
      return quota.municipality.provinceName;
    case 'share':
      return quota.realisedShare ?? null;
    default:
      return quota[key] ?? null;
  }
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * The rows in the order of a column. Unknown values go last in either direction (they are not small or
 * large, just unknown); equal values keep the municipalities in alphabetical order.
 */
export function sortQuotas(quotas: readonly HousingQuota[], sort: QuotaSort): HousingQuota[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...quotas].sort((a, b) => {
    const left = valueOf(a, sort.key);
    const right = valueOf(b, sort.key);
    if (left === null || right === null) {
      if (left !== right) return left === null ? 1 : -1;
    } else {
      const order =
        typeof left === 'string' || typeof right === 'string'
          ? collator.compare(String(left), String(right))
          : left - right;
      if (order !== 0) return sign * order;
    }
    return collator.compare(a.municipality.name, b.municipality.name);
  });
}

/** A click on a column header: the same column turns round, another starts ascending. */
export function nextSort(current: QuotaSort, key: QuotaSortKey): QuotaSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: 'ascending' };
}

/** Which figure says how far behind a municipality is: the arrears at the end, or when none is known yet, those carried in. */
export type BehindMeasure = 'arrearsEnd' | 'arrearsIn';

/**
 * The municipalities most behind: the largest reported arrears (a lead is not behind), at most `limit`.
 * Estimates are left out: a total spread by population ranks only the biggest municipalities first.
 */
export function mostBehind(
  quotas: readonly HousingQuota[],
  limit: number,
): { measure: BehindMeasure; quotas: HousingQuota[]; estimatesLeftOut: boolean } {
  const measure: BehindMeasure = quotas.some(
    (quota) => quota.arrearsEnd !== null && quota.arrearsEnd !== undefined && !quota.estimated.includes('arrearsEnd'),
  )
    ? 'arrearsEnd'
    : 'arrearsIn';
  const behind = quotas.filter((quota) => (quota[measure] ?? 0) > 0);
  const reported = behind.filter((quota) => !quota.estimated.includes(measure));
  return {
    measure,
    quotas: sortQuotas(reported, { key: measure, direction: 'descending' }).slice(0, limit),
    estimatesLeftOut: reported.length < behind.length,
  };
}

/** "2022-H1" split into its year and half, for "1e halfjaar 2022". */
export function periodParts(period: string): { year: string; half: 'H1' | 'H2' } | undefined {
  const match = /^(\d{4})-(H[12])$/.exec(period);
  return match ? { year: match[1] ?? '', half: match[2] as 'H1' | 'H2' } : undefined;
}
