import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/search/evaluate-query';
import { rankMatches } from '../../src/search/rank-matches';
import type { ScoringTables } from '../../src/search/term-index';

/** Ranking reads nothing of the index: the evaluation holds the ordinals and scores. */
const tables = {} as ScoringTables;

/** Articles touched in order, the first being ordinal 100, so ordinals and positions are never confused. */
function evaluation(scores: number[]): Evaluation {
  return {
    shortIds: Int32Array.from(scores.keys(), (position) => position + 100),
    scores: Float64Array.from(scores),
    contributions: [],
    termBits: new Map(),
    termMasks: new Uint32Array(scores.length),
    maskWords: 1,
  };
}

const SCORES = [0.5, 3, 1, 3, 7, 0.1, 2];

describe('rankMatches', () => {
  it('ranks every match best first, ties kept in the order first touched', () => {
    const ranked = rankMatches(tables, evaluation(SCORES)).ranked.map((article) => article.ordinal);
    expect(ranked).toEqual([104, 101, 103, 106, 102, 100, 105]);
  });

  it('gives the same best few from top() as from the full ranking, for every page size', () => {
    const result = rankMatches(tables, evaluation(SCORES));
    const full = result.ranked.map((article) => article.ordinal);
    for (let count = 0; count <= SCORES.length + 1; count++) {
      expect(
        rankMatches(tables, evaluation(SCORES))
          .top(count)
          .map((article) => article.ordinal),
      ).toEqual(full.slice(0, count));
    }
  });

  it('ranks by the scores it is given over the evaluation’s own, and reports them', () => {
    const given = Float64Array.from(SCORES, (score, position) => (position === 5 ? 100 : score));
    const ranked = rankMatches(tables, evaluation(SCORES), undefined, given).ranked;
    expect(ranked.map((article) => article.ordinal)).toEqual([105, 104, 101, 103, 106, 102, 100]);
    expect(ranked[0]?.score).toBe(100);
  });

  it('drops what the filter rejects from the total, the ranking and the ordinals', () => {
    const result = rankMatches(tables, evaluation(SCORES), (ordinal) => ordinal % 2 === 0);
    expect(result.total).toBe(4);
    expect(result.top(2).map((article) => article.ordinal)).toEqual([104, 106]);
    expect([...result.ordinals].sort()).toEqual([100, 102, 104, 106]);
  });

  it('yields every match in rank order from inRankOrder, across its growing slices', () => {
    // 700 scores with many ties, so slices of 64, 256 and 1024 are all crossed and ties must stay in touch order.
    const scores = Array.from({ length: 700 }, (_, index) => (index * 37) % 50);
    const full = rankMatches(tables, evaluation(scores)).ranked.map((article) => article.ordinal);
    expect([...rankMatches(tables, evaluation(scores)).inRankOrder()].map((article) => article.ordinal)).toEqual(full);
  });
});
