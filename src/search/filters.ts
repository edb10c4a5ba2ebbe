// Filters: category, source, tag and date range → a test on an article's columns, applied inside the search.

import type { ArticleColumns } from '../loading/load-engine';

/** What a request may narrow the results to. Values within one field are alternatives; fields combine. */
export interface ArticleFilters {
  readonly categories?: readonly string[];
  readonly sources?: readonly string[];
  readonly tags?: readonly string[];
  /** Inclusive ISO dates (YYYY-MM-DD); an article without a date never passes a date filter. */
  readonly from?: string;
  readonly to?: string;
}

function hasAny(values: readonly string[] | undefined): values is readonly string[] {
  return values !== undefined && values.length > 0;
}

/**
 * Builds the test an article must pass, or undefined when nothing is filtered
 * (so the search does no extra work). ISO dates compare correctly as strings.
 *
 * @example createArticleFilter(columns, { categories: ['رياضة'], from: '2024-01-01' })
 */
export function createArticleFilter(columns: ArticleColumns, filters: ArticleFilters): ((ordinal: number) => boolean) | undefined {
  const tests: ((ordinal: number) => boolean)[] = [];
  if (hasAny(filters.categories)) {
    const wanted = new Set(filters.categories);
    tests.push((ordinal) => wanted.has(columns.category(ordinal) ?? ''));
  }
  if (hasAny(filters.sources)) {
    const wanted = new Set(filters.sources);
    tests.push((ordinal) => wanted.has(columns.source(ordinal) ?? ''));
  }
  if (hasAny(filters.tags)) {
    const wanted = new Set(filters.tags);
    tests.push((ordinal) => columns.tags(ordinal).some((tag) => wanted.has(tag)));
  }
  const { from, to } = filters;
  if (from !== undefined || to !== undefined) {
    tests.push((ordinal) => {
      const date = columns.date(ordinal);
      if (date === null) return false;
      return (from === undefined || date >= from) && (to === undefined || date <= to);
    });
  }
  if (tests.length === 0) return undefined;
  return (ordinal) => tests.every((test) => test(ordinal));
}
