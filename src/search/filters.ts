// Filters: category, source, tag and date range → a test on an article's catalog row, applied inside the search.

import type { Catalog } from '../index-format/artefacts';

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
 * @example createArticleFilter(catalog, { categories: ['رياضة'], from: '2024-01-01' })
 */
export function createArticleFilter(catalog: Catalog, filters: ArticleFilters): ((ordinal: number) => boolean) | undefined {
  const tests: ((ordinal: number) => boolean)[] = [];
  if (hasAny(filters.categories)) {
    const wanted = new Set(filters.categories);
    tests.push((ordinal) => wanted.has(catalog.categories[ordinal] ?? ''));
  }
  if (hasAny(filters.sources)) {
    const wanted = new Set(filters.sources);
    tests.push((ordinal) => wanted.has(catalog.sources[ordinal] ?? ''));
  }
  if (hasAny(filters.tags)) {
    const wanted = new Set(filters.tags);
    tests.push((ordinal) => (catalog.tags[ordinal] ?? []).some((tag) => wanted.has(tag)));
  }
  const { from, to } = filters;
  if (from !== undefined || to !== undefined) {
    tests.push((ordinal) => {
      const date = catalog.dates[ordinal];
      if (date === null || date === undefined) return false;
      return (from === undefined || date >= from) && (to === undefined || date <= to);
    });
  }
  if (tests.length === 0) return undefined;
  return (ordinal) => tests.every((test) => test(ordinal));
}
