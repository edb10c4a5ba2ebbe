// Snippet window: the stretch of a body, cut at word boundaries, that holds the densest run of matched words.

import { tokenize, type Token } from '../analysis/tokenize';
import type { MatchedSpan } from './find-matches';

export interface TextWindow {
  readonly start: number;
  readonly end: number;
}

/** Share of the free space left before the first match, so the reader sees what leads up to it. */
const LEAD_SHARE = 0.35;

function bestAnchor(matches: readonly MatchedSpan[], length: number): number {
  let best = 0;
  let bestScore = -1;
  for (let first = 0; first < matches.length; first++) {
    const limit = matches[first]!.start + length;
    const terms = new Set<string>();
    let count = 0;
    for (let next = first; next < matches.length && matches[next]!.end <= limit; next++) {
      terms.add(matches[next]!.term);
      count++;
    }
    // Distinct query words count far more than repeats of one word.
    const score = terms.size * 1000 + count;
    if (score > bestScore) {
      bestScore = score;
      best = first;
    }
  }
  return best;
}

/**
 * Chooses about `length` characters of `text` around the densest run of
 * matches (the opening of the text when nothing matched), starting and ending
 * on whole words. `tokens` (tokenize(text)) may be passed in to save tokenising twice.
 */
export function findSnippetWindow(text: string, matches: readonly MatchedSpan[], length: number, tokens?: readonly Token[]): TextWindow {
  if (text.length <= length) return { start: 0, end: text.length };
  let desiredStart = 0;
  if (matches.length > 0) {
    const anchor = bestAnchor(matches, length);
    const firstMatch = matches[anchor]!;
    let lastEnd = firstMatch.end;
    for (let next = anchor; next < matches.length && matches[next]!.end <= firstMatch.start + length; next++) {
      lastEnd = matches[next]!.end;
    }
    const slack = Math.max(0, length - (lastEnd - firstMatch.start));
    desiredStart = Math.max(0, firstMatch.start - Math.floor(slack * LEAD_SHARE));
  }
  const words = tokens ?? tokenize(text);
  let start = 0;
  if (desiredStart > 0) {
    const firstWhole = words.find((token) => token.start >= desiredStart);
    start = firstWhole?.start ?? desiredStart;
  }
  let end = start;
  for (const token of words) {
    if (token.start < start) continue;
    if (token.end > start + length) break;
    end = token.end;
  }
  if (end === start) end = Math.min(text.length, start + length);
  // Close a sentence cleanly when punctuation directly follows the last word.
  while (end < text.length && end < start + length && /[.،؛؟!:»”"')\]]/u.test(text[end]!)) end++;
  return { start, end };
}
