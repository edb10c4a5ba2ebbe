// Coordination: how many of the query's distinct words each matched article holds, turned into its ranking score.

import type { Evaluation, SearchQuery } from './evaluate-query';
import { FURTHER_READING_CREDIT } from './ranking';

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

/** The distinct query words and the query terms an article matched, from its term bits. */
function countMatches(evaluation: Evaluation, position: number, wordsOfBit: readonly number[]): { words: number; terms: number } {
  const { termMasks, maskWords } = evaluation;
  let words = 0;
  let terms = 0;
  for (let word = 0; word < maskWords; word++) {
    for (let bits = termMasks[position * maskWords + word]!; bits !== 0; bits &= bits - 1) {
      words |= wordsOfBit[word * 32 + (31 - Math.clz32(bits & -bits))] ?? 0;
      terms++;
    }
  }
  return { words: countBits(words), terms };
}

/** Per query-term bit, the query words that term stands for (as a bit per word). */
export function wordsOfTermBits(termBits: ReadonlyMap<string, number>, termWords: ReadonlyMap<string, number>): number[] {
  const wordsOfBit: number[] = [];
  for (const [term, bit] of termBits) wordsOfBit[bit] = termWords.get(term) ?? 0;
  return wordsOfBit;
}

/** What an article's summed BM25 is multiplied by: each distinct query word counts 1, each further reading of one FURTHER_READING_CREDIT. */
export function coordinationMultiplier(words: number, terms: number): number {
  return words + FURTHER_READING_CREDIT * (terms - words);
}

/**
 * The ranking scores of an evaluation under coordination. The evaluation
 * scores as MiniSearch does, summed BM25 × query terms matched; here the
 * multiplier counts distinct query words, with FURTHER_READING_CREDIT for
 * each further reading of a word, so an article holding more of the query's
 * words gains over one that holds fewer in more readings.
 */
export function coordinate(evaluation: Evaluation, termWords: ReadonlyMap<string, number>): Float64Array {
  const wordsOfBit = wordsOfTermBits(evaluation.termBits, termWords);
  const scores = new Float64Array(evaluation.shortIds.length);
  for (let position = 0; position < scores.length; position++) {
    const { words, terms } = countMatches(evaluation, position, wordsOfBit);
    const summed = terms === 0 ? 0 : evaluation.scores[position]! / terms;
    scores[position] = summed * coordinationMultiplier(words, terms);
  }
  return scores;
}
