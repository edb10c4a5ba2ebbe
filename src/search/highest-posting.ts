// The highest BM25 one posting of a list can score: what bounds on skipped lists add, read off the list instead of assumed.

import { frontierOfColumns } from '../index-format/posting-frontier';
import type { PostingList } from '../index-format/term-block';
import { postingScore } from './bm25';

/**
 * The bound this replaces assumed the shortest field possible (BM25 below
 * k + 1 + d): a title list's highest posting is about two thirds of that, so
 * the old bound let through articles that could not reach a page. The best
 * posting is read off the list's frontier (index-format/posting-frontier.ts),
 * which decoding builds; a list made otherwise (merged across segments, or in
 * a test) gets its frontier here, once.
 */
const frontiers = new WeakMap<PostingList, Int32Array>();

/** The list's frontier: decoding's, or worked out once per list. */
export function frontierOf(list: PostingList): Int32Array {
  if (list.frontier !== undefined) return list.frontier;
  let frontier = frontiers.get(list);
  if (frontier === undefined) {
    frontier = frontierOfColumns(list.frequencies, list.lengths);
    frontiers.set(list, frontier);
  }
  return frontier;
}

/**
 * The highest `postingScore` any posting of `list` gets: computed by the
 * scorers' own expression on the posting that reaches it, so it equals that
 * posting's score to the bit, and no posting scores more.
 */
export function highestPostingScore(list: PostingList, inverseFrequency: number, averageLength: number, k: number, b: number, d: number): number {
  let highest = 0;
  if (!(k > 0 && b >= 0 && b <= 1)) {
    // Outside these parameters frequency and length no longer order the scores: every posting is scored.
    for (let index = 0; index < list.frequencies.length; index++) {
      const score = postingScore(inverseFrequency, list.frequencies[index]!, list.lengths[index]!, averageLength, k, b, d);
      if (score > highest) highest = score;
    }
    return highest;
  }
  const frontier = frontierOf(list);
  for (let at = 0; at < frontier.length; at += 2) {
    const score = postingScore(inverseFrequency, frontier[at]!, frontier[at + 1]!, averageLength, k, b, d);
    if (score > highest) highest = score;
  }
  return highest;
}
