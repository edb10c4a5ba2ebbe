// Query parsing: the text a reader typed → analysed query words, the last one marked as a prefix while it is being typed.

import { analyzePrefix, analyzeWord, type WordAnalysis } from '../analysis/pipeline';
import { tokenize } from '../analysis/tokenize';
import { applyQueryLimits } from './query-limits';

/** A query word as typed, with its analysis. */
export interface QueryWord {
  readonly text: string;
  readonly analysis: WordAnalysis;
  /** True for the last word while the reader may still be typing it. */
  readonly prefix: boolean;
}

export interface ParsedQuery {
  readonly words: readonly QueryWord[];
}

/** A prefix this short would expand to a large part of the vocabulary and say little. */
export const MIN_PREFIX_LENGTH = 2;

/**
 * Parses a query: every word is optional and ranked; the last word also
 * matches as a prefix unless something (a space, punctuation) follows it.
 * Stop words and words that normalise to nothing are dropped.
 *
 * @example parseQuery('منتدى التعا').words.map(w => w.prefix) → [false, true]
 */
export function parseQuery(text: string): ParsedQuery {
  const tokens = tokenize(text);
  const words: QueryWord[] = [];
  tokens.forEach((token, position) => {
    const complete = analyzeWord(token.text);
    const isLast = position === tokens.length - 1 && token.end === text.length;
    if (isLast && complete !== null && complete.surface.length >= MIN_PREFIX_LENGTH) {
      const partial = analyzePrefix(token.text);
      if (partial !== null) words.push({ text: token.text, analysis: partial, prefix: true });
      return;
    }
    if (complete !== null) words.push({ text: token.text, analysis: complete, prefix: false });
  });
  return applyQueryLimits({ words });
}
