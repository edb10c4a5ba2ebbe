// Coordination: how many of the query's distinct words each matched article holds, turned into its ranking score.

import { isRootTerm } from '../analysis/root';
import type { Evaluation, SearchQuery } from './evaluate-query';
import { FURTHER_READING_CREDIT, ROOT_WORD_CREDIT } from './ranking';

/** The query terms (leaves) of a tree, in order. */
function leavesOf(node: SearchQuery, into: string[] = []): string[] {
  if (typeof node === 'string') {
    if (node !== '') into.push(node);
  } else {
    for (const child of node.queries) leavesOf(child, into);
  }
  return into;
}

/**
 * Which query words each query term stands for, as a bit per word: `parts[w]`
 * are the subtrees built for word w (its exact, stem, clitic-free, typo and
 * cross-script readings). A term two words share (a month named by a word
 * pair, a stem two words have in common) stands for both.
 */
export function wordsOfTerms(parts: readonly (readonly SearchQuery[])[]): Map<string, number> {
  const words = new Map<string, number>();
  parts.forEach((subtrees, word) => {
    // parseQuery keeps eight words; a hand-built query past 31 would overflow the bits, so its tail shares the last one.
    const bit = 1 << Math.min(word, 30);
    for (const term of subtrees.flatMap((subtree) => leavesOf(subtree))) words.set(term, (words.get(term) ?? 0) | bit);
  });
  return words;
}

export function countBits(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** What an article matched, as coordination counts it (see coordinationMultiplier). */
export interface MatchCount {
  /** Distinct query words matched by a word's own forms (exact, stem, clitic-free, typo, key). */
  readonly words: number;
  /** Terms matched among those forms: words plus further readings. */
  readonly readings: number;
  /** Distinct query words matched by their root alone. */
  readonly rootOnlyWords: number;
}

/** The query terms and coordination counts of the term bits at `masks[offset …]` (`maskWords` words). */
export function countMaskMatches(masks: Uint32Array, offset: number, maskWords: number, wordsOfBit: WordsOfBits): MatchCount & { terms: number } {
  let words = 0;
  let rootWords = 0;
  let terms = 0;
  let readings = 0;
  for (let word = 0; word < maskWords; word++) {
    for (let bits = masks[offset + word]!; bits !== 0; bits &= bits - 1) {
      const bit = word * 32 + (31 - Math.clz32(bits & -bits));
      terms++;
      if (wordsOfBit.root[bit] === true) rootWords |= wordsOfBit.words[bit] ?? 0;
      else {
        words |= wordsOfBit.words[bit] ?? 0;
        readings++;
      }
    }
  }
  return { words: countBits(words), terms, readings, rootOnlyWords: countBits(rootWords & ~words) };
}

/** Per query-term bit, the query words that term stands for (as a bit per word), and whether it is a root. */
export interface WordsOfBits {
  readonly words: readonly number[];
  readonly root: readonly boolean[];
}

/** Per query-term bit, the query words that term stands for, and whether it is a root term. */
export function wordsOfTermBits(termBits: ReadonlyMap<string, number>, termWords: ReadonlyMap<string, number>): WordsOfBits {
  const words: number[] = [];
  const root: boolean[] = [];
  for (const [term, bit] of termBits) {
    words[bit] = termWords.get(term) ?? 0;
    root[bit] = isRootTerm(term);
  }
  return { words, root };
}

/**
 * What an article's summed BM25 is multiplied by: each distinct query word
 * counts 1, each further reading of one FURTHER_READING_CREDIT, and a word
 * matched by its root alone ROOT_WORD_CREDIT. A root match is not another
 * reading: sharing a root (مدرسة for مدارس, but also حلب, Aleppo, for حليب,
 * milk) does not show that an article holds the word.
 */
export function coordinationMultiplier({ words, readings, rootOnlyWords }: MatchCount): number {
  return words + FURTHER_READING_CREDIT * (readings - words) + ROOT_WORD_CREDIT * rootOnlyWords;
}

/**
 * The ranking scores of an evaluation under coordination. The evaluation
 * scores as MiniSearch does, summed BM25 × query terms matched; here the
 * multiplier counts distinct query words, with FURTHER_READING_CREDIT for
 * each further reading of a word and ROOT_WORD_CREDIT for a word found by its
 * root alone, so an article holding more of the query's words gains over one
 * that holds fewer in more readings.
 */
export function coordinate(evaluation: Evaluation, termWords: ReadonlyMap<string, number>): Float64Array {
  const { maskWords, termMasks } = evaluation;
  // A full evaluation at a million articles coordinates hundreds of thousands: no object is made an article. At 1M
  // under the default budget this took warm p99 from 31–35 to 23–24 ms (BENCHMARKS.md).
  const multipliers = new MaskMultipliers(wordsOfTermBits(evaluation.termBits, termWords), maskWords, evaluation.termBits.size);
  const scores = new Float64Array(evaluation.shortIds.length);
  for (let position = 0; position < scores.length; position++) {
    let terms = 0;
    for (let word = 0; word < maskWords; word++) terms += countBits(termMasks[position * maskWords + word]!);
    scores[position] = (terms === 0 ? 0 : evaluation.scores[position]! / terms) * multipliers.of(termMasks, position * maskWords);
  }
  return scores;
}

/**
 * Each distinct mask's coordination multiplier, worked out once: a query has
 * few distinct masks among the tens of thousands of articles it reaches. Up
 * to 12 query terms (the common case) a mask indexes `table`, at most 32 KB,
 * 0 where not worked out yet (a multiplier is at least 1), which a loop that a
 * cold isolate's interpreter runs may read before calling `of`; beyond, a map.
 */
export class MaskMultipliers {
  readonly table: Float64Array | undefined;
  private readonly known = new Map<number | string, number>();

  constructor(
    private readonly wordsOfBit: WordsOfBits,
    private readonly maskWords: number,
    termCount: number,
  ) {
    this.table = maskWords === 1 && termCount <= 12 ? new Float64Array(1 << termCount) : undefined;
  }

  /** The multiplier of the mask at `masks[offset …]` (`maskWords` words). */
  of(masks: Uint32Array, offset = 0): number {
    const { table, maskWords } = this;
    if (table !== undefined) {
      const known = table[masks[offset]!]!;
      if (known !== 0) return known;
      return (table[masks[offset]!] = coordinationMultiplier(countMaskMatches(masks, offset, maskWords, this.wordsOfBit)));
    }
    // Up to 32 query terms the mask is one number; beyond, its words joined.
    const key = maskWords === 1 ? masks[offset]! : masks.subarray(offset, offset + maskWords).join(',');
    let multiplier = this.known.get(key);
    if (multiplier === undefined) {
      multiplier = coordinationMultiplier(countMaskMatches(masks, offset, maskWords, this.wordsOfBit));
      this.known.set(key, multiplier);
    }
    return multiplier;
  }
}
