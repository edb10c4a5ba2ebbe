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
 * Writes one data point per search, answered fresh, from the cache or with
 * 304: blob1 = normalised query, blob2 = "hit" or "zero" (double1 = total)
 * when the search was run, "repeat" when a cached answer was served (its
 * total is in the data point of the run that computed it). Nothing about the
 * reader (address, headers, cookies) is written.
 */
export function recordSearch(env: Env, query: ParsedQuery, total: number | undefined): void {
  const dataset = optionalBindings(env).SEARCH_ANALYTICS;
  if (dataset === undefined) return;
  const normalized = normalizedQueryText(query);
  const outcome = total === undefined ? 'repeat' : total === 0 ? 'zero' : 'hit';
  dataset.writeDataPoint({
    indexes: [normalized.slice(0, 32)],
    blobs: [normalized, outcome],
    ...(total === undefined ? {} : { doubles: [total] }),
  });
}
