// Query analytics through Workers Analytics Engine (off unless SEARCH_ANALYTICS is bound): what readers look for and do not find.

import type { ParsedQuery } from '../../query/parse-query';
import { optionalBindings } from './optional-bindings';

/** The query in normalised form (analysed words, then -excluded words), so spelling variants of one search count together. */
export function normalizedQueryText(query: ParsedQuery): string {
  const words = query.words.map((word) => word.analysis.surface);
  const excluded = query.exclusions.map((word) => `-${word.analysis.surface}`);
  return [...words, ...excluded].join(' ');
}

/**
 * Writes one data point per search: blob1 = normalised query, blob2 =
 * "hit" or "zero", double1 = total. Nothing about the reader (address,
 * headers, cookies) is written.
 */
export function recordSearch(env: Env, query: ParsedQuery, total: number): void {
  const dataset = optionalBindings(env).SEARCH_ANALYTICS;
  if (dataset === undefined) return;
  const normalized = normalizedQueryText(query);
  dataset.writeDataPoint({
    indexes: [normalized.slice(0, 32)],
    blobs: [normalized, total === 0 ? 'zero' : 'hit'],
    doubles: [total],
  });
}
