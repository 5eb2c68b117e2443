import { describe, expect, it } from 'vitest';
import type { HousingQuota } from '../api/quota';
import { amersfoort, arnhem, quota } from '../../../test/quota';
import { countByClass, mostBehind, nextSort, periodParts, shareClassOf, sortQuotas } from './quotaFigures';

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
    expect(countByClass([0.2, 0.6, 0.8, 0.87, 1.1, null, undefined])).toEqual({ below50: 1, from50: 1, from75: 2, from100: 1, unknown: 2 });
  });
});

describe('sorting the table', () => {
  const rows = [utrecht, amersfoort, arnhem] as HousingQuota[];

  it('sorts names alphabetically the Dutch way, and turns round on a second click', () => {
    expect(names(sortQuotas(rows, { key: 'municipality', direction: 'ascending' }))).toEqual(['Amersfoort', 'Arnhem', 'Utrecht']);
    const next = nextSort({ key: 'municipality', direction: 'ascending' }, 'municipality');
    expect(next).toEqual({ key: 'municipality', direction: 'descending' });
    expect(names(sortQuotas(rows, next))).toEqual(['Utrecht', 'Arnhem', 'Amersfoort']);
  });

  it('puts unknown figures last in both directions', () => {
    expect(names(sortQuotas(rows, { key: 'share', direction: 'ascending' }))).toEqual(['Amersfoort', 'Utrecht', 'Arnhem']);
    expect(names(sortQuotas(rows, { key: 'share', direction: 'descending' }))).toEqual(['Utrecht', 'Amersfoort', 'Arnhem']);
    expect(names(sortQuotas(rows, { key: 'realised', direction: 'descending' }))).toEqual(['Utrecht', 'Amersfoort', 'Arnhem']);
  });

  it('keeps equal values in alphabetical order, and a new column starts ascending', () => {
    const same = [quota({ municipality: { ...utrecht.municipality, code: 'GM1', name: 'Zeist' } }), utrecht] as HousingQuota[];
    expect(names(sortQuotas(same, { key: 'target', direction: 'descending' }))).toEqual(['Utrecht', 'Zeist']);
    expect(nextSort({ key: 'share', direction: 'descending' }, 'target')).toEqual({ key: 'target', direction: 'ascending' });
  });

  it('does not change the rows it was given', () => {
    const before = names(rows);
    sortQuotas(rows, { key: 'share', direction: 'descending' });
    expect(names(rows)).toEqual(before);
  });
});

describe('the municipalities most behind', () => {
  it('ranks by the arrears at the end, leaving out those without arrears', () => {
    const behind = mostBehind([utrecht, amersfoort, arnhem] as HousingQuota[], 5);
    expect(behind.measure).toBe('arrearsEnd');
    expect(names(behind.quotas)).toEqual(['Amersfoort', 'Utrecht']);
  });

  it('falls back to the arrears carried in while no end is known yet, and keeps to the limit', () => {
    const open = [arnhem, quota({ arrearsEnd: null, arrearsIn: 37 }), quota({ municipality: { ...utrecht.municipality, name: 'Baarn' }, arrearsEnd: null, arrearsIn: -2 })] as HousingQuota[];
    const behind = mostBehind(open, 1);
    expect(behind.measure).toBe('arrearsIn');
    expect(names(behind.quotas)).toEqual(['Utrecht']);
  });
});

it('reads a half year', () => {
  expect(periodParts('2022-H1')).toEqual({ year: '2022', half: 'H1' });
  expect(periodParts('2022-H3')).toBeUndefined();
});
