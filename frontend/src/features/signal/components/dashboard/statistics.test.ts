import { describe, expect, it } from 'vitest';
import {
  formatDays,
  formatMonth,
  formatShare,
  highestMonthThemeCount,
  monthThemeTable,
  timeliness,
} from './statistics';

const theme = (key: string, count: number) => ({ key, label: key.toUpperCase(), count });

describe('the figures behind the charts and tables', () => {
  it('lays out months × themes in the order of byTheme, with 0 for what a month does not mention, and sums', () => {
    const table = monthThemeTable({
      byTheme: [theme('ind', 3), theme('quota', 2), theme('other', 0)],
      byMonth: [
        { month: '2021-01', total: 2, byTheme: [theme('quota', 1), theme('ind', 1)] },
        { month: '2021-02', total: 0, byTheme: [] },
        { month: '2021-03', total: 3, byTheme: [theme('ind', 2), theme('quota', 1), theme('other', 0)] },
      ],
    });
    expect(table.themes.map((column) => column.key)).toEqual(['ind', 'quota', 'other']);
    expect(table.rows).toEqual([
      { month: '2021-01', counts: [1, 1, 0], total: 2 },
      { month: '2021-02', counts: [0, 0, 0], total: 0 },
      { month: '2021-03', counts: [2, 1, 0], total: 3 },
    ]);
    expect(table.themeTotals).toEqual([3, 2, 0]);
    expect(table.total).toBe(5);
    expect(highestMonthThemeCount(table)).toBe(2);
  });

  it('keeps a theme a month mentions that byTheme does not, as a column of its own', () => {
    const table = monthThemeTable({
      byTheme: [theme('ind', 1)],
      byMonth: [{ month: '2021-01', total: 2, byTheme: [theme('ind', 1), theme('new', 1)] }],
    });
    expect(table.themes.map((column) => column.key)).toEqual(['ind', 'new']);
    expect(table.rows[0]?.counts).toEqual([1, 1]);
  });

  it('splits the answers into on time and late, with no share and no median without answers', () => {
    expect(timeliness({ answered: 3, answeredOnTime: 2, onTimeShare: 2 / 3, medianWorkingDaysToAnswer: 6.5 })).toEqual({
      answered: 3,
      onTime: 2,
      late: 1,
      share: 2 / 3,
      medianWorkingDays: 6.5,
    });
    expect(timeliness({ answered: 0, answeredOnTime: 0, onTimeShare: null, medianWorkingDaysToAnswer: null })).toEqual({
      answered: 0,
      onTime: 0,
      late: 0,
      share: null,
      medianWorkingDays: null,
    });
  });

  it('writes months, shares and days in the reader’s language', () => {
    expect(formatMonth('2021-03', 'nl')).toBe('maart 2021');
    expect(formatMonth('2021-03', 'en')).toBe('March 2021');
    expect(formatMonth('2021-03', 'nl', 'short')).toBe('mrt');
    expect(formatShare(2 / 3, 'en')).toBe('67%');
    expect(formatDays(6.5, 'nl')).toBe('6,5');
  });
});
