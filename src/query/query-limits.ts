// Query caps: what the parser accepts, as data with reasons, so no request costs more than its CPU budget.

import { analyzeWord } from '../analysis/pipeline';
import { ARTICLE_PROCLITICS } from '../analysis/stem-rules';
import type { ParsedQuery, QueryWord } from './parse-query';

export interface QueryLimit {
  readonly value: number;
  /** Why the cap is where it is; docs/api.md ("Limits") and docs/limits-and-guarantees.md ("CPU budget") show the measurements behind it. */
  readonly reason: string;
}

/**
 * The caps, measured on the 10k-article news corpus with
 * `npx tsx scripts/fuzz/measure-query-cost.ts --index DIR`.
 */
export const QUERY_LIMITS = {
  maxWords: {
    value: 8,
    reason: 'every word is its own OR branch over four fields; a common word costs about 15 ms, so words past the eighth are ignored',
  },
  minPrefixLetters: {
    value: 3,
    reason: 'a shorter prefix (تو, or الم once the article is set aside) expands to thousands of index terms and costs 70–1,300 ms; it is searched as a whole word instead',
  },
} as const satisfies Record<string, QueryLimit>;

/** The letters of a half-typed word that narrow its completions: the article proclitic (ال, وال, لل, …) narrows nothing. */
export function prefixCore(surface: string): string {
  const article = ARTICLE_PROCLITICS.find((rule) => surface.startsWith(rule.prefix));
  return article === undefined ? surface : surface.slice(article.prefix.length);
}

/** A prefix too short to search as a prefix becomes the whole word it spells, or nothing if that is a stop word. */
function limitPrefix(word: QueryWord): QueryWord | null {
  if (!word.prefix || [...prefixCore(word.analysis.surface)].length >= QUERY_LIMITS.minPrefixLetters.value) return word;
  const whole = analyzeWord(word.text);
  return whole === null ? null : { text: word.text, analysis: whole, prefix: false };
}

/**
 * Applies the caps to a parsed query: short prefixes searched as whole words,
 * repeated words searched once, and at most `maxWords` words.
 *
 * @example applyQueryLimits(parseQuery('ال')).words → [] (ال alone is a stop word, not a prefix of everything)
 */
export function applyQueryLimits(query: ParsedQuery): ParsedQuery {
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  for (const word of query.words) {
    const limited = limitPrefix(word);
    if (limited === null) continue;
    const key = `${limited.prefix ? 'prefix' : 'word'}:${limited.analysis.surface}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (words.length === QUERY_LIMITS.maxWords.value) break;
    words.push(limited);
  }
  return { ...query, words };
}
