import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PostingList } from '../../src/index-format/term-block';
import { postingScore } from '../../src/search/bm25';
import { frontierOf, highestPostingScore } from '../../src/search/highest-posting';

/** A list of `pairs` (frequency, field length); the documents do not matter to its scores. */
function listOf(pairs: readonly (readonly [number, number])[]): PostingList {
  return {
    documents: Int32Array.from(pairs, (_, index) => index),
    frequencies: Int32Array.from(pairs, ([frequency]) => frequency),
    lengths: Int32Array.from(pairs, ([, length]) => length),
  };
}

/** Every posting scored: what the frontier must agree with. */
function highestByScoringAll(list: PostingList, inverseFrequency: number, averageLength: number, k: number, b: number, d: number): number {
  let highest = 0;
  for (let index = 0; index < list.documents.length; index++) {
    highest = Math.max(highest, postingScore(inverseFrequency, list.frequencies[index]!, list.lengths[index]!, averageLength, k, b, d));
  }
  return highest;
}

const postings = fc.array(fc.tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 5000 })), { minLength: 1, maxLength: 300 });

describe('highestPostingScore', () => {
  it('equals, to the bit, the best score of any posting, for any BM25 parameters the evaluator takes', () => {
    fc.assert(
      fc.property(
        postings,
        fc.double({ min: 0.01, max: 20, noNaN: true }),
        fc.double({ min: 1, max: 2000, noNaN: true }),
        fc.double({ min: 0.01, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (pairs, inverseFrequency, averageLength, k, b, d) => {
          const list = listOf(pairs);
          expect(highestPostingScore(list, inverseFrequency, averageLength, k, b, d)).toBe(
            highestByScoringAll(list, inverseFrequency, averageLength, k, b, d),
          );
        },
      ),
    );
  });

  it('scores every posting when frequency and length no longer order the scores (b above 1)', () => {
    // With b = 3 a short field's norm goes negative: the longest field scores highest.
    const list = listOf([
      [1, 2],
      [1, 400],
    ]);
    expect(highestPostingScore(list, 1, 100, 1.2, 3, 0.5)).toBe(highestByScoringAll(list, 1, 100, 1.2, 3, 0.5));
    expect(highestPostingScore(list, 1, 100, 1.2, 3, 0.5)).toBe(postingScore(1, 1, 400, 100, 1.2, 3, 0.5));
  });

  it("reads a decoded list's frontier, and works one out once for a list made otherwise", () => {
    const list = listOf([
      [2, 10],
      [1, 4],
    ]);
    expect(frontierOf(list)).toBe(frontierOf(list));
    expect([...frontierOf(list)]).toEqual([2, 10, 1, 4]);
    const decoded = { ...list, frontier: Int32Array.of(9, 1) };
    expect(frontierOf(decoded)).toBe(decoded.frontier);
  });

  it('is far below the bound of the shortest possible field for a list of short titles', () => {
    const titles = listOf([
      [1, 6],
      [1, 9],
      [2, 12],
    ]);
    const assumed = 1 * (0.5 + 1.2 + 1);
    expect(highestPostingScore(titles, 1, 8, 1.2, 0.7, 0.5)).toBeLessThan(0.8 * assumed);
  });
});
