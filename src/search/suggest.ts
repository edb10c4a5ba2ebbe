// Suggestions: the half-typed last word of a query → its most common completions in the index, in readable spelling.

import { analyzePrefix } from '../analysis/pipeline';
import { tokenize } from '../analysis/tokenize';
import type { Engine } from '../loading/load-engine';
import { MIN_PREFIX_LENGTH, parseQuery } from '../query/parse-query';
import { findExcludedOrdinals } from './exclusions';
import { searchArticles } from './search';
import { countReachedTerms } from './term-frequencies';

export interface Suggestion {
  /** The completed last word as readers usually spell it. */
  readonly text: string;
  /** The whole query with the last word completed. */
  readonly query: string;
  /** How many articles that query finds (phrases aside: checking them would need the article text). */
  readonly count: number;
}

/** Articles a query finds by its words and exclusions, from the index alone. */
function countQueryArticles(engine: Engine, text: string): number {
  const parsed = parseQuery(`${text} `);
  const excluded = findExcludedOrdinals(engine, parsed.exclusions);
  return searchArticles(engine, parsed, excluded.size === 0 ? {} : { filter: (ordinal) => !excluded.has(ordinal) }).total;
}

/**
 * Completes the last word of `text`. Nothing is suggested when the text ends
 * in a space or punctuation (the word is finished) or the word is shorter than
 * MIN_PREFIX_LENGTH. Completions are ordered by how many articles hold them.
 *
 * @example suggestCompletions(engine, 'لافر', 5) → [{ text: 'لافروف', query: 'لافروف', count: 1 }]
 */
export async function suggestCompletions(engine: Engine, text: string, limit: number): Promise<Suggestion[]> {
  const last = tokenize(text).at(-1);
  if (last === undefined || last.end !== text.length) return [];
  const partial = analyzePrefix(last.text);
  if (partial === null || partial.surface.length < MIN_PREFIX_LENGTH) return [];
  const completions = [...countReachedTerms(engine, partial.surface, { prefix: true })]
    .filter(([term]) => term.startsWith(partial.surface))
    .sort(([termA, countA], [termB, countB]) => countB - countA || termA.length - termB.length || (termA < termB ? -1 : 1))
    .slice(0, limit);
  if (completions.length === 0) return [];
  const forms = await engine.displayForms();
  const before = text.slice(0, last.start);
  return completions.map(([term]) => {
    const display = forms[term] ?? term;
    const query = before + display;
    return { text: display, query, count: countQueryArticles(engine, query) };
  });
}
