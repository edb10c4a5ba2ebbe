// The highest BM25 one posting of a list can score: what bounds on skipped lists add, read off the list instead of assumed.

import type { PostingList } from '../index-format/term-block';
import { postingScore } from './bm25';

/**
 * A posting's BM25 grows with its term frequency and shrinks with its field
 * length, whatever k, b and the average length are. So the postings that can
 * score highest are, for each frequency, the one in the shortest field, and of
 * those only the ones no higher frequency beats in length too: a few dozen
 * (frequency, length) pairs even in a list of 200,000 postings.
 *
 * The bound this replaces assumed the shortest field possible (BM25 below
 * k + 1 + d): a title list's highest posting is about two thirds of that, so
 * the old bound let through articles that could not reach a page.
 */
export type Frontier = Int32Array;

const frontiers = new WeakMap<PostingList, Frontier>();

/** The list's undominated (frequency, length) pairs, flattened, worked out once per list. */
export function frontierOf(list: PostingList): Frontier {
  let frontier = frontiers.get(list);
  if (frontier === undefined) {
    frontier = buildFrontier(list);
    frontiers.set(list, frontier);
  }
  return frontier;
}

function buildFrontier({ frequencies, lengths }: PostingList): Frontier {
  let highest = 0;
  for (let index = 0; index < frequencies.length; index++) if (frequencies[index]! > highest) highest = frequencies[index]!;
  // The shortest field length seen at each frequency; -1 where none was.
  const shortest = new Int32Array(highest + 1).fill(-1);
  for (let index = 0; index < frequencies.length; index++) {
    const frequency = frequencies[index]!;
    const length = lengths[index]!;
    const known = shortest[frequency]!;
    if (known < 0 || length < known) shortest[frequency] = length;
  }
  // From the highest frequency down, a pair stays only if its field is shorter than every higher frequency's.
  const pairs: number[] = [];
  let shortestAbove = Number.POSITIVE_INFINITY;
  for (let frequency = highest; frequency >= 0; frequency--) {
    const length = shortest[frequency]!;
    if (length < 0 || length >= shortestAbove) continue;
    pairs.push(frequency, length);
    shortestAbove = length;
  }
  return Int32Array.from(pairs);
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
