// Suggestions: the half-typed last word of a query → its most common completions in the index, in readable spelling.

import { analyzePrefix, analyzeWord } from '../analysis/pipeline';
import { tokenize } from '../analysis/tokenize';
import type { Engine } from '../loading/load-engine';
import { parseQuery } from '../query/parse-query';
import { QUERY_LIMITS } from '../query/query-limits';
import { findExcludedOrdinals } from './exclusions';
import { searchArticles } from './search';
import { articlesHoldingWord, surfaceTermsWithPrefix } from './term-index';

export interface Suggestion {
  /** The completed last word as readers usually spell it. */
  readonly text: string;
  /** The whole query with the last word completed. */
  readonly query: string;
  /** How many articles that query finds (phrases aside: checking them would need the article text). */
  readonly count: number;
}

/**
 * The articles the words before the last one find, exclusions applied:
 * every completion's query finds these plus the holders of the completion.
 */
function findEarlierMatches(engine: Engine, before: string): { found: Set<number>; excluded: Set<number> } {
  const parsed = parseQuery(`${before} `);
  const excluded = findExcludedOrdinals(engine, parsed.exclusions);
  const { ordinals } = searchArticles(engine, parsed, excluded.size === 0 ? {} : { filter: (ordinal) => !excluded.has(ordinal) });
  return { found: new Set(ordinals), excluded };
}

/**
 * Completes the last word of `text`. Nothing is suggested when the text ends
 * in a space or punctuation (the word is finished) or the word is shorter than
 * QUERY_LIMITS.minCompletionLetters. Completions found together with the earlier words come
 * first, then those most articles hold. A walk of the term tree (no
 * scoring) and one search of the earlier words answer every count.
 *
 * @example suggestCompletions(engine, 'لافر', 5) → [{ text: 'لافروف', query: 'لافروف', count: 1 }]
 */
export async function suggestCompletions(engine: Engine, text: string, limit: number): Promise<Suggestion[]> {
  const last = tokenize(text).at(-1);
  if (last === undefined || last.end !== text.length) return [];
  const partial = analyzePrefix(last.text);
  if (partial === null || partial.surface.length < QUERY_LIMITS.minCompletionLetters.value) return [];
  const before = text.slice(0, last.start);
  const earlier = findEarlierMatches(engine, before);
  const together = (holders: ReadonlySet<number>): number => {
    let count = 0;
    for (const ordinal of holders) if (earlier.found.has(ordinal)) count++;
    return count;
  };
  // Completions that appear with the earlier words come first (منتدى التعا → التعاون), then the most common.
  const completions = [...surfaceTermsWithPrefix(engine, partial.surface)]
    .map(([term, holders]) => ({ term, holders: holders.size, together: earlier.found.size === 0 ? 0 : together(holders) }))
    .sort((a, b) => b.together - a.together || b.holders - a.holders || a.term.length - b.term.length || (a.term < b.term ? -1 : 1))
    .slice(0, limit);
  if (completions.length === 0) return [];
  const forms = await engine.displayForms();
  return completions.map(({ term }) => {
    const display = forms[term] ?? term;
    const found = new Set(earlier.found);
    // The completed word is searched whole, so its stems find articles too.
    const holders = articlesHoldingWord(engine, term, analyzeWord(term)?.stems ?? []);
    for (const ordinal of holders) if (!earlier.excluded.has(ordinal)) found.add(ordinal);
    return { text: display, query: before + display, count: found.size };
  });
}
