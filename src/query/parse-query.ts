// Query parsing: the text a reader typed → scored words, required phrases and exclusions, read the way a person meant them.

import { analyzePrefix, analyzeWord } from '../analysis/pipeline';
import { tokenize } from '../analysis/tokenize';
import type { ParsedQuery, QueryPhrase, QueryWord } from './parsed-query';
import { applyQueryLimits } from './query-limits';
import { splitQuerySegments } from './query-segments';

export type { ParsedQuery, QueryPhrase, QueryWord } from './parsed-query';

/** The complete words of a piece of text; stop words and words that normalise to nothing are dropped. */
function completeWords(text: string): QueryWord[] {
  const words: QueryWord[] = [];
  for (const token of tokenize(text)) {
    const analysis = analyzeWord(token.text);
    if (analysis !== null) words.push({ text: token.text, analysis, prefix: false });
  }
  return words;
}

/**
 * The words of a loose segment; its last word is a prefix when it ends the
 * whole query, even when the word so far is a stop word (دون may become
 * دونالد), and is a whole word when it is nothing but clitics (ال).
 * applyQueryLimits decides whether a prefix is long enough.
 */
function looseWords(text: string, endsQuery: boolean): QueryWord[] {
  const tokens = tokenize(text);
  const words: QueryWord[] = [];
  tokens.forEach((token, position) => {
    const isLast = endsQuery && position === tokens.length - 1 && token.end === text.length;
    const partial = isLast ? analyzePrefix(token.text) : null;
    if (partial !== null) {
      words.push({ text: token.text, analysis: partial, prefix: true });
      return;
    }
    const complete = analyzeWord(token.text);
    if (complete !== null) words.push({ text: token.text, analysis: complete, prefix: false });
  });
  return words;
}

/**
 * Parses a query. Loose words are optional and ranked; the last one also
 * matches as a prefix unless something (a space, punctuation) follows it.
 * `"…"` (or «…», “…”) is a phrase, `-word` and `-"…"` exclude. Malformed
 * syntax is read as meant: an unclosed quote runs to the end, a lone `-` is
 * ignored. A one-word phrase simply requires that word.
 *
 * @example parseQuery('منتدى التعا').words.map(w => w.prefix) → [false, true]
 * @example parseQuery('"منتدى التعاون" -روسيا').phrases[0].words.length → 2
 */
export function parseQuery(text: string): ParsedQuery {
  const words: QueryWord[] = [];
  const phrases: QueryPhrase[] = [];
  const exclusions: QueryWord[] = [];
  for (const segment of splitQuerySegments(text)) {
    if (segment.kind === 'phrase') {
      const phraseWords = completeWords(segment.text);
      if (phraseWords.length === 0) continue;
      phrases.push({ text: segment.text, words: phraseWords, negated: segment.negated });
      if (!segment.negated) words.push(...phraseWords);
    } else if (segment.negated) {
      exclusions.push(...completeWords(segment.text));
    } else {
      words.push(...looseWords(segment.text, segment.end === text.length));
    }
  }
  return applyQueryLimits({ words, phrases, exclusions });
}
