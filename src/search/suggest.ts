// Suggestions: the half-typed last word of a query → its most common completions in the index, in readable spelling.

import { analyzePrefix } from '../analysis/pipeline';
import { tokenize } from '../analysis/tokenize';
import type { Engine } from '../loading/load-engine';
import { parseQuery } from '../query/parse-query';
import { QUERY_LIMITS } from '../query/query-limits';
import { findExcludedOrdinals } from './exclusions';
import { type SearchResult, searchArticles } from './search';
import { surfaceTermsWithPrefix } from './term-index';

export interface Suggestion {
  /** The completed last word as readers usually spell it. */
  readonly text: string;
  /** The whole query with the last word completed. */
  readonly query: string;
  /** The total /search reports for that query (phrases aside: checking them would need the article text). */
  readonly count: number;
}

/** What /search finds for `text` (phrases aside): its words, with its exclusions applied. */
function searchWithExclusions(engine: Engine, text: string): SearchResult {
  const parsed = parseQuery(text);
  const excluded = findExcludedOrdinals(engine, parsed.exclusions);
  return searchArticles(engine, parsed, excluded.size === 0 ? {} : { filter: (ordinal) => !excluded.has(ordinal) });
}

/**
 * Completes the last word of `text`. Nothing is suggested when the text ends
 * in a space or punctuation (the word is finished) or the word is shorter than
 * QUERY_LIMITS.minCompletionLetters. Completions found together with the earlier words come
 * first, then those most articles hold. A walk of the term tree (no
 * scoring) and one search of the earlier words order them; each completion
 * shown is then searched once for its count.
 *
 * @example suggestCompletions(engine, 'لافر', 5) → [{ text: 'لافروف', query: 'لافروف', count: 1 }]
 */
export async function suggestCompletions(engine: Engine, text: string, limit: number): Promise<Suggestion[]> {
  return engine.complete(() => completeLastWord(engine, text, limit));
}

/** The suggestions, from dictionary lookups only, so it runs inside engine.complete. */
function completeLastWord(engine: Engine, text: string, limit: number): Suggestion[] {
  const last = tokenize(text).at(-1);
  if (last === undefined || last.end !== text.length) return [];
  const partial = analyzePrefix(last.text);
  if (partial === null || partial.surface.length < QUERY_LIMITS.minCompletionLetters.value) return [];
  const before = text.slice(0, last.start);
  // The articles the earlier words find, exclusions applied: completions found with them come first.
  const earlier = new Set(searchWithExclusions(engine, `${before} `).ordinals);
  const together = (holders: ReadonlySet<number>): number => {
    let count = 0;
    for (const ordinal of holders) if (earlier.has(ordinal)) count++;
    return count;
  };
  // Completions that appear with the earlier words come first (منتدى التعا → التعاون), then the most common.
  const completions = [...surfaceTermsWithPrefix(engine, partial.surface)]
    .map(([term, holders]) => ({ term, holders: holders.size, together: earlier.size === 0 ? 0 : together(holders) }))
    .sort((a, b) => b.together - a.together || b.holders - a.holders || a.term.length - b.term.length || (a.term < b.term ? -1 : 1))
    .slice(0, limit);
  if (completions.length === 0) return [];
  return completions.map(({ term }) => {
    const display = engine.terms.display(term);
    const query = before + display;
    // Searched as the reader will send it, so a completed exclusion (-مراكش) counts what is left, not what it names.
    return { text: display, query, count: searchWithExclusions(engine, query).total };
  });
}
