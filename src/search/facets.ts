// Facets: how many matching articles carry each category, source and tag (over all matches, not one page).

import type { ArticleColumns } from '../loading/load-engine';

export const FACET_NAMES = ['category', 'source', 'tag'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export interface FacetCount {
  readonly value: string;
  readonly count: number;
}

export type FacetCounts = Partial<Record<FacetName, FacetCount[]>>;

function valuesOf(columns: ArticleColumns, facet: FacetName, ordinal: number): readonly string[] {
  if (facet === 'tag') return columns.tags(ordinal);
  const value = facet === 'category' ? columns.category(ordinal) : columns.source(ordinal);
  return value === null ? [] : [value];
}

/** Most frequent first; equal counts in a stable, readable order. */
function byCountThenValue(a: FacetCount, b: FacetCount): number {
  return b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}

/**
 * Counts the values of each requested facet over the given articles. An
 * article counts once per distinct value (a tag repeated on one article is one).
 */
export function countFacets(columns: ArticleColumns, ordinals: Iterable<number>, facets: readonly FacetName[]): FacetCounts {
  const counters = new Map<FacetName, Map<string, number>>(facets.map((facet) => [facet, new Map()]));
  for (const ordinal of ordinals) {
    for (const [facet, counter] of counters) {
      for (const value of new Set(valuesOf(columns, facet, ordinal))) counter.set(value, (counter.get(value) ?? 0) + 1);
    }
  }
  const result: FacetCounts = {};
  for (const [facet, counter] of counters) {
    result[facet] = [...counter].map(([value, count]) => ({ value, count })).sort(byCountThenValue);
  }
  return result;
}
