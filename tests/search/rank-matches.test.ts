import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/search/evaluate-query';
import { rankMatches } from '../../src/search/rank-matches';
import type { ScoringTables } from '../../src/search/term-index';

/** Ten articles whose short id is their ordinal + 100, so the two are never confused. */
const tables = { ordinals: Int32Array.from({ length: 10 }, (_, shortId) => shortId + 100) } as unknown as ScoringTables;

function evaluation(scores: number[]): Evaluation {
  return { shortIds: Int32Array.from(scores.keys()), scores: Float64Array.from(scores), contributions: [] };
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
      expect(rankMatches(tables, evaluation(SCORES)).top(count).map((article) => article.ordinal)).toEqual(full.slice(0, count));
    }
  });

  it('drops what the filter rejects from the total, the ranking and the ordinals', () => {
    const result = rankMatches(tables, evaluation(SCORES), (ordinal) => ordinal % 2 === 0);
    expect(result.total).toBe(4);
    expect(result.top(2).map((article) => article.ordinal)).toEqual([104, 106]);
    expect([...result.ordinals].sort()).toEqual([100, 102, 104, 106]);
  });
});
