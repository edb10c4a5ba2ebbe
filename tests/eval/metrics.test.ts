import { describe, expect, it } from 'vitest';
import { scoreRanking, summarize } from '../../scripts/eval/metrics';

const judged = (entries: [string, number][]) => new Map(entries);

describe('scoreRanking', () => {
  it('scores a relevant article at rank 2 as reciprocal rank 1/2, found in the top ten but not first', () => {
    const scores = scoreRanking(['a', 'b', 'c'], judged([['b', 1]]));
    expect(scores).toMatchObject({ reciprocalRank: 0.5, recallAt1: 0, recallAt10: 1, firstRelevantRank: 2 });
    expect(scores.ndcgAt10).toBeCloseTo(1 / Math.log2(3));
  });

  it('gives no credit for an article ranked below ten, but remembers its rank', () => {
    const ranked = Array.from({ length: 12 }, (_, index) => `d${index}`);
    expect(scoreRanking(ranked, judged([['d11', 1]]))).toMatchObject({ reciprocalRank: 0, recallAt10: 0, ndcgAt10: 0, firstRelevantRank: 12 });
  });

  it('measures recall as the share of relevant articles retrieved, and nDCG against the ideal order of grades', () => {
    const scores = scoreRanking(
      ['x', 'b', 'a'],
      judged([
        ['a', 2],
        ['b', 1],
        ['c', 1],
      ]),
    );
    expect(scores.recallAt10).toBeCloseTo(2 / 3);
    const ideal = 2 + 1 / Math.log2(3) + 1 / Math.log2(4);
    expect(scores.ndcgAt10).toBeCloseTo((1 / Math.log2(3) + 2 / Math.log2(4)) / ideal);
  });
});

describe('summarize', () => {
  it('averages every metric over the queries', () => {
    const summary = summarize([scoreRanking(['a'], judged([['a', 1]])), scoreRanking(['x'], judged([['a', 1]]))]);
    expect(summary).toMatchObject({ queries: 2, mrrAt10: 0.5, recallAt1: 0.5, recallAt10: 0.5 });
  });
});

describe('precision@5', () => {
  it('counts relevant hits among the first five shown, over the hits shown', () => {
    expect(
      scoreRanking(
        ['a', 'x', 'b', 'y', 'z', 'c'],
        judged([
          ['a', 2],
          ['b', 1],
          ['c', 1],
        ]),
      ).precisionAt5,
    ).toBeCloseTo(2 / 5);
  });

  it('gives a short list of only relevant hits full precision', () => {
    expect(
      scoreRanking(
        ['a', 'b'],
        judged([
          ['a', 2],
          ['b', 1],
        ]),
      ).precisionAt5,
    ).toBe(1);
  });

  it('gives an empty list no precision', () => {
    expect(scoreRanking([], judged([['a', 2]])).precisionAt5).toBe(0);
  });
});
