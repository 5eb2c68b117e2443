import { describe, expect, it } from 'vitest';
import {
  EMPTY_SIGNAL_SEARCH,
  parseSignalSearch,
  signalExportUrl,
  toSignalQuery,
  toSignalSearchParams,
} from './signalSearch';

describe('a signal search in the URL', () => {
  it('reads every filter and writes it back in a fixed order, leaving out defaults', () => {
    const params = new URLSearchParams(
      'sort=dueOn&overdue=true&owner=bzk&province=pv26&type=question&theme=housing-quota&status=submitted&q=%20IND%20&page=2',
    );
    const search = parseSignalSearch(params);
    expect(search).toEqual({
      q: 'IND',
      status: 'submitted',
      theme: 'housing-quota',
      type: 'question',
      province: 'PV26',
      owner: 'BZK',
      overdue: true,
      sort: 'dueOn',
      page: 2,
    });
    expect(toSignalSearchParams(search).toString()).toBe(
      'q=IND&status=submitted&theme=housing-quota&type=question&province=PV26&owner=BZK&overdue=true&sort=dueOn&page=2',
    );
  });

  it('drops what is unknown or malformed instead of sending it on', () => {
    const search = parseSignalSearch(
      new URLSearchParams(
        'status=open&type=complaint&province=GM0344&owner=<x>&sort=random&overdue=yes&page=-1&theme=DROP%20TABLE',
      ),
    );
    expect(search).toEqual(EMPTY_SIGNAL_SEARCH);
    expect(toSignalSearchParams(search).toString()).toBe('');
  });

  it('asks the API for the filters and the page, and exports the same filters without paging', () => {
    const search = { ...EMPTY_SIGNAL_SEARCH, status: 'answered' as const, overdue: true, page: 3 };
    expect(toSignalQuery(search, 20)).toEqual({ status: 'answered', overdue: true, page: 3, pageSize: 20 });
    expect(signalExportUrl(search)).toBe('/api/v1/signals/export?status=answered&overdue=true');
  });
});
