// Snippet window: the stretch of a body, cut at word boundaries, that holds the densest run of matched words.

import { WordScanner } from '../analysis/tokenize';
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

/** The whole words from the first one starting at or after `desiredStart` (0: the very start) that fit in `length`. */
function wholeWords(text: string, desiredStart: number, length: number): TextWindow {
  const words = new WordScanner(text, WordScanner.safeStart(text, desiredStart));
  let start = desiredStart > 0 ? -1 : 0;
  let end = start;
  while (words.next()) {
    if (words.start < desiredStart) continue;
    if (start < 0) start = end = words.start;
    if (words.end > start + length) break;
    end = words.end;
  }
  if (start < 0) start = end = desiredStart;
  return { start, end };
}

/** Where the window should start: a share of the free space before the densest run of matches. */
function desiredStartOf(matches: readonly MatchedSpan[], length: number): number {
  if (matches.length === 0) return 0;
  const anchor = bestAnchor(matches, length);
  const firstMatch = matches[anchor]!;
  let lastEnd = firstMatch.end;
  for (let next = anchor; next < matches.length && matches[next]!.end <= firstMatch.start + length; next++) {
    lastEnd = matches[next]!.end;
  }
  const slack = Math.max(0, length - (lastEnd - firstMatch.start));
  return Math.max(0, firstMatch.start - Math.floor(slack * LEAD_SHARE));
}

/**
 * Chooses about `length` characters of `text` around the densest run of
 * matches (the opening of the text when nothing matched), starting and ending
 * on whole words. Only the words near the window are read.
 */
export function findSnippetWindow(text: string, matches: readonly MatchedSpan[], length: number): TextWindow {
  if (text.length <= length) return { start: 0, end: text.length };
  const { start, end: lastWordEnd } = wholeWords(text, desiredStartOf(matches, length), length);
  let end = lastWordEnd === start ? Math.min(text.length, start + length) : lastWordEnd;
  // Close a sentence cleanly when punctuation directly follows the last word.
  while (end < text.length && end < start + length && /[.،؛؟!:»”"')\]]/u.test(text[end]!)) end++;
  return { start, end };
}
