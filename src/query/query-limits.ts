// Query caps: what the parser accepts, as data with reasons, so no request costs more than its CPU budget.

import { analyzeWord } from '../analysis/pipeline';
import { typedArticle } from '../analysis/stem';
import type { ParsedQuery, QueryPhrase, QueryWord } from './parsed-query';

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
    reason:
      'every word is its own OR branch over four fields; a common word costs about 15 ms, so words past the eighth are ignored (the words of a quoted phrase are kept first: the phrase needs them)',
  },
  minPrefixLetters: {
    value: 3,
    reason:
      'a shorter prefix (تو, or الم once the article is set aside) expands to thousands of index terms and costs 70–1,300 ms; it is searched as a whole word instead',
  },
  minCompletionLetters: {
    value: 2,
    reason:
      '/suggest only walks the term tree (no scoring), so completing two letters, article included, is cheap, and a search box wants completions early',
  },
} as const satisfies Record<string, QueryLimit>;

/** The letters of a half-typed word that narrow its completions: the article proclitic (ال, وال, لل, …) narrows nothing. */
export function prefixCore(surface: string): string {
  return surface.slice(typedArticle(surface)?.length ?? 0);
}

/** A prefix too short to search as a prefix becomes the whole word it spells, or nothing if that is a stop word. */
function limitPrefix(word: QueryWord): QueryWord | null {
  if (!word.prefix || [...prefixCore(word.analysis.surface)].length >= QUERY_LIMITS.minPrefixLetters.value) return word;
  const whole = analyzeWord(word.text);
  return whole === null ? null : { text: word.text, analysis: whole, prefix: false };
}

function keyOf(word: QueryWord): string {
  return `${word.prefix ? 'prefix' : 'word'}:${word.analysis.surface}`;
}

/** The distinct words admitted so far, up to maxWords. */
class WordSlots {
  readonly keys = new Set<string>();

  /** Admits all of `words` or none of them. */
  admit(words: readonly QueryWord[]): boolean {
    const fresh = new Set(words.map(keyOf).filter((key) => !this.keys.has(key)));
    if (this.keys.size + fresh.size > QUERY_LIMITS.maxWords.value) return false;
    for (const key of fresh) this.keys.add(key);
    return true;
  }
}

/**
 * Applies the caps to a parsed query: short prefixes searched as whole words,
 * repeated words searched once, and at most `maxWords` words. The words of
 * positive phrases take their slots first, since a phrase is confirmed only
 * among articles matching all its words; a phrase that does not fit is dropped.
 *
 * @example applyQueryLimits(parseQuery('ال')).words → [] (ال alone is a stop word, not a prefix of everything)
 */
export function applyQueryLimits(query: ParsedQuery): ParsedQuery {
  const limited = query.words.map(limitPrefix).filter((word): word is QueryWord => word !== null);
  const slots = new WordSlots();
  const phrases: QueryPhrase[] = query.phrases.filter((phrase) => phrase.negated || slots.admit(phrase.words));
  for (const word of limited) slots.admit([word]);
  const emitted = new Set<string>();
  const words = limited.filter((word) => {
    const key = keyOf(word);
    if (!slots.keys.has(key) || emitted.has(key)) return false;
    emitted.add(key);
    return true;
  });
  return { ...query, words, phrases };
}
