import { describe, expect, it } from 'vitest';
import { pageWindow } from './Pagination';

describe('pageWindow', () => {
  it('shows every page when there are few', () => {
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps first and last with gaps around the current page', () => {
    expect(pageWindow(10, 19)).toEqual([1, null, 8, 9, 10, 11, 12, null, 19]);
    expect(pageWindow(1, 19)).toEqual([1, 2, 3, null, 19]);
    expect(pageWindow(19, 19)).toEqual([1, null, 17, 18, 19]);
  });
});
