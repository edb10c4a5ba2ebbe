import { describe, expect, it } from 'vitest';
import { countFacets } from '../../src/search/facets';
import { columnsOf } from '../support/read-catalog';

const catalog = {
  ids: ['a', 'b', 'c'],
  titles: ['', '', ''],
  urls: [null, null, null],
  dates: [null, null, null],
  categories: ['رياضة', 'سياسة', 'رياضة'],
  sources: [null, 'وكالة', 'وكالة'],
  tags: [['المغرب', 'المغرب'], ['تونس'], ['المغرب', 'تونس']],
};

describe('countFacets', () => {
  it('counts each article once per value, most frequent first', () => {
    expect(countFacets(columnsOf(catalog), [0, 1, 2], ['category', 'tag'])).toEqual({
      category: [
        { value: 'رياضة', count: 2 },
        { value: 'سياسة', count: 1 },
      ],
      tag: [
        { value: 'المغرب', count: 2 },
        { value: 'تونس', count: 2 },
      ],
    });
  });

  it('counts only the given articles and skips missing values', () => {
    expect(countFacets(columnsOf(catalog), [0], ['source'])).toEqual({ source: [] });
  });
});
