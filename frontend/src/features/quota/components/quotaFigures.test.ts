import { describe, expect, it } from 'vitest';
import type { HousingQuota } from '@/features/quota/api/quota';
import { amersfoort, arnhem, quota } from '@/test/quota';
import {
  countByClass,
  mapClassOf,
  mostBehind,
  nextSort,
  periodParts,
  reportedShare,
  shareClassOf,
  sortQuotas,
} from './quotaFigures';

const utrecht = quota() as HousingQuota;
const names = (rows: HousingQuota[]) => rows.map((row) => row.municipality.name);

describe('share classes', () => {
  it.each([
    [0, 'below50'],
    [0.494, 'below50'],
    [0.495, 'from50'],
    [0.746, 'from75'],
    [0.994, 'from75'],
    [0.996, 'from100'],
    [1.4, 'from100'],
    [null, 'unknown'],
    [undefined, 'unknown'],
    [Number.NaN, 'unknown'],
  ] as const)('puts %s in %s, by the whole percentage the reader sees', (share, expected) => {
    expect(shareClassOf(share)).toBe(expected);
  });

  it('counts every municipality once, those without figures as unknown', () => {
    expect(countByClass([0.2, 0.6, 0.8, 0.87, 1.1, null, undefined])).toEqual({
      below50: 1,
      from50: 1,
      from75: 2,
      from100: 1,
      unknown: 2,
    });
  });
});

describe('sorting the table', () => {
  const rows = [utrecht, amersfoort, arnhem] as HousingQuota[];

  it('sorts names alphabetically the Dutch way, and turns round on a second click', () => {
    expect(names(sortQuotas(rows, { key: 'municipality', direction: 'ascending' }))).toEqual([
      'Amersfoort',
      'Arnhem',
      'Utrecht',
    ]);
    const next = nextSort({ key: 'municipality', direction: 'ascending' }, 'municipality');
    expect(next).toEqual({ key: 'municipality', direction: 'descending' });
    expect(names(sortQuotas(rows, next))).toEqual(['Utrecht', 'Arnhem', 'Amersfoort']);
  });

  it('puts unknown figures last in both directions', () => {
    expect(names(sortQuotas(rows, { key: 'share', direction: 'ascending' }))).toEqual([
      'Amersfoort',
      'Utrecht',
      'Arnhem',
    ]);
    expect(names(sortQuotas(rows, { key: 'share', direction: 'descending' }))).toEqual([
      'Utrecht',
      'Amersfoort',
      'Arnhem',
    ]);
    expect(names(sortQuotas(rows, { key: 'realised', direction: 'descending' }))).toEqual([
      'Utrecht',
      'Amersfoort',
      'Arnhem',
    ]);
  });

  it('keeps equal values in alphabetical order, and a new column starts ascending', () => {
    const same = [
      quota({ municipality: { ...utrecht.municipality, code: 'GM1', name: 'Zeist' } }),
      utrecht,
    ] as HousingQuota[];
    expect(names(sortQuotas(same, { key: 'target', direction: 'descending' }))).toEqual(['Utrecht', 'Zeist']);
    expect(nextSort({ key: 'share', direction: 'descending' }, 'target')).toEqual({
      key: 'target',
      direction: 'ascending',
    });
  });

  it('does not change the rows it was given', () => {
    const before = names(rows);
    sortQuotas(rows, { key: 'share', direction: 'descending' });
    expect(names(rows)).toEqual(before);
  });
});

describe('the municipalities most behind', () => {
  it('ranks by the reported arrears at the end, leaving out those without arrears and estimates', () => {
    const reportedUtrecht = quota({ estimated: [] });
    const behind = mostBehind(
      [
        reportedUtrecht,
        amersfoort,
        arnhem,
        quota({ municipality: { ...utrecht.municipality, name: 'Groot' }, arrearsEnd: 900 }),
      ] as HousingQuota[],
      5,
    );
    expect(behind.measure).toBe('arrearsEnd');
    expect(names(behind.quotas)).toEqual(['Amersfoort', 'Utrecht']);
    expect(behind.estimatesLeftOut).toBe(true);
  });

  it('ranks nothing on spread estimates alone: they only name the biggest municipalities', () => {
    const behind = mostBehind(
      [utrecht, quota({ municipality: { ...utrecht.municipality, name: 'Groot' }, arrearsEnd: 900 })] as HousingQuota[],
      5,
    );
    expect(behind.quotas).toEqual([]);
    expect(behind.estimatesLeftOut).toBe(true);
  });

  it('falls back to the arrears carried in while no end is known yet, and keeps to the limit', () => {
    const open = [
      arnhem,
      quota({ arrearsEnd: null, arrearsIn: 37, estimated: [] }),
      quota({
        municipality: { ...utrecht.municipality, name: 'Baarn' },
        arrearsEnd: null,
        arrearsIn: -2,
        estimated: [],
      }),
    ] as HousingQuota[];
    const behind = mostBehind(open, 1);
    expect(behind.measure).toBe('arrearsIn');
    expect(names(behind.quotas)).toEqual(['Utrecht']);
  });
});

describe('what the map may say of a municipality', () => {
  it('colours a reported share, shows a province’s reported total where only estimates exist, and never colours an estimate alone', () => {
    expect(mapClassOf(amersfoort as HousingQuota, 0.9)).toEqual({
      basis: 'reported',
      shareClass: 'below50',
      share: 0.4,
    });
    expect(mapClassOf(utrecht, 0.65)).toEqual({ basis: 'province', shareClass: 'from50', share: 0.65 });
    expect(mapClassOf(utrecht, undefined)).toEqual({ basis: 'estimate', shareClass: 'unknown' });
    expect(mapClassOf(arnhem as HousingQuota, 0.65)).toEqual({ basis: 'unknown', shareClass: 'unknown' });
    expect(mapClassOf(undefined, 0.65)).toEqual({ basis: 'unknown', shareClass: 'unknown' });
  });

  it('reads a reported share from a total only when both target and realised are reported', () => {
    expect(
      reportedShare({
        reported: { target: 1624, realised: 1057, arrearsIn: null, source: 'https://x.nl', note: null },
      }),
    ).toBeCloseTo(0.651, 3);
    expect(
      reportedShare({
        reported: { target: 13500, realised: null, arrearsIn: 1836, source: 'https://x.nl', note: null },
      }),
    ).toBeUndefined();
    expect(reportedShare({ reported: null })).toBeUndefined();
  });
});

it('reads a half year', () => {
  expect(periodParts('2022-H1')).toEqual({ year: '2022', half: 'H1' });
  expect(periodParts('2022-H3')).toBeUndefined();
});
