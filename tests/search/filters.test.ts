import { describe, expect, it } from 'vitest';
import { type ArticleFilters, createArticleFilter } from '../../src/search/filters';
import { columnsOf } from '../support/read-catalog';

const catalog = {
  ids: ['a', 'b', 'c', 'd'],
  titles: ['', '', '', ''],
  urls: [null, null, null, null],
  dates: ['2023-01-01', '2024-06-30', null, '2025-12-31'],
  categories: ['سياسة', 'رياضة', 'رياضة', null],
  sources: ['وكالة', 'صحيفة', null, 'وكالة'],
  tags: [['المغرب'], ['تونس', 'المغرب'], [], ['مصر']],
};

function kept(filters: ArticleFilters): string[] {
  const filter = createArticleFilter(columnsOf(catalog), filters);
  return catalog.ids.filter((_, ordinal) => filter === undefined || filter(ordinal));
}

describe('createArticleFilter', () => {
  it.each<[string, ArticleFilters, string[]]>([
    ['no filter keeps everything', {}, ['a', 'b', 'c', 'd']],
    ['one category', { categories: ['رياضة'] }, ['b', 'c']],
    ['several categories are alternatives', { categories: ['رياضة', 'سياسة'] }, ['a', 'b', 'c']],
    ['a source', { sources: ['وكالة'] }, ['a', 'd']],
    ['any of the tags', { tags: ['تونس', 'مصر'] }, ['b', 'd']],
    ['from is inclusive and drops undated articles', { from: '2024-06-30' }, ['b', 'd']],
    ['to is inclusive', { to: '2024-06-30' }, ['a', 'b']],
    ['fields combine', { categories: ['رياضة'], tags: ['المغرب'] }, ['b']],
  ])('%s', (_, filters, expected) => {
    expect(kept(filters)).toEqual(expected);
  });

  it('returns undefined when nothing is filtered, so the search skips the test', () => {
    expect(createArticleFilter(columnsOf(catalog), { categories: [], tags: [] })).toBeUndefined();
  });
});
