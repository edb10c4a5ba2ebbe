// Match finding: which words of a stored text the query matched, as offsets into that text.

import { analyzeWord } from '../analysis/pipeline';
import { tokenize, type Token } from '../analysis/tokenize';

/** A matched word in the original text, whole (diacritics, tatweel and clitics included). */
export interface MatchedSpan {
  readonly start: number;
  readonly end: number;
  /** The index term it matched, so a window can count distinct query words. */
  readonly term: string;
}

/**
 * Finds the words of `text` whose analysis produced one of the matched index
 * terms. The same analysis built the index, so a word is marked exactly when
 * it is the reason the article matched. `tokens` (tokenize(text)) may be
 * passed in by a caller that needs them too, so a body is tokenised once.
 */
export function findMatches(text: string, matchedTerms: ReadonlySet<string>, tokens?: readonly Token[]): MatchedSpan[] {
  const spans: MatchedSpan[] = [];
  if (matchedTerms.size === 0) return spans;
  for (const token of tokens ?? tokenize(text)) {
    const analysis = analyzeWord(token.text);
    if (analysis === null) continue;
    let term: string | undefined;
    if (matchedTerms.has(analysis.surface)) term = analysis.surface;
    else term = analysis.stems.find((stem) => matchedTerms.has(stem));
    if (term !== undefined) spans.push({ start: token.start, end: token.end, term });
  }
  return spans;
}
