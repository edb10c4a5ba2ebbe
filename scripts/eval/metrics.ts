// Relevance metrics over one ranked list per query: MRR@10, Recall@1, Recall@10, nDCG@10 (graded, linear gain), precision@5.

/** Relevance grades of one query's judged documents: document id → grade (> 0). */
export type Judgments = ReadonlyMap<string, number>;

export interface QueryScores {
  readonly reciprocalRank: number;
  readonly recallAt1: number;
  readonly recallAt10: number;
  readonly ndcgAt10: number;
  /** Relevant articles among the first PRECISION_CUTOFF hits, over the hits shown there (0 when nothing is shown). */
  readonly precisionAt5: number;
  /** 1-based rank of the first relevant document, or null when none is in the list. */
  readonly firstRelevantRank: number | null;
}

export const CUTOFF = 10;

/**
 * Precision is read on the first hits a reader sees. It is taken over the hits
 * shown, not over five: a query with three relevant articles that shows just
 * those three is fully precise, and one that pads them with two look-alike
 * words' articles (Rabat → ربط) is not.
 */
export const PRECISION_CUTOFF = 5;

function discountedGain(grades: readonly number[]): number {
  return grades.reduce((sum, grade, index) => sum + grade / Math.log2(index + 2), 0);
}

/** Scores one ranked list of document ids against its judgments. */
export function scoreRanking(ranked: readonly string[], judgments: Judgments): QueryScores {
  const firstIndex = ranked.findIndex((id) => (judgments.get(id) ?? 0) > 0);
  const firstRelevantRank = firstIndex >= 0 ? firstIndex + 1 : null;
  const relevantCount = [...judgments.values()].filter((grade) => grade > 0).length;
  const relevantIn = (k: number): number => ranked.slice(0, k).filter((id) => (judgments.get(id) ?? 0) > 0).length;
  const ideal = [...judgments.values()]
    .filter((grade) => grade > 0)
    .sort((a, b) => b - a)
    .slice(0, CUTOFF);
  const idealGain = discountedGain(ideal);
  const gain = discountedGain(ranked.slice(0, CUTOFF).map((id) => judgments.get(id) ?? 0));
  return {
    reciprocalRank: firstRelevantRank !== null && firstRelevantRank <= CUTOFF ? 1 / firstRelevantRank : 0,
    recallAt1: relevantCount === 0 ? 0 : relevantIn(1) / relevantCount,
    recallAt10: relevantCount === 0 ? 0 : relevantIn(CUTOFF) / relevantCount,
    ndcgAt10: idealGain === 0 ? 0 : gain / idealGain,
    precisionAt5: ranked.length === 0 ? 0 : relevantIn(PRECISION_CUTOFF) / Math.min(PRECISION_CUTOFF, ranked.length),
    firstRelevantRank,
  };
}

export interface Summary {
  readonly queries: number;
  readonly mrrAt10: number;
  readonly recallAt1: number;
  readonly recallAt10: number;
  readonly ndcgAt10: number;
  readonly precisionAt5: number;
}

/** Means of the per-query scores. */
export function summarize(scores: readonly QueryScores[]): Summary {
  const mean = (pick: (score: QueryScores) => number): number =>
    scores.length === 0 ? 0 : scores.reduce((sum, score) => sum + pick(score), 0) / scores.length;
  return {
    queries: scores.length,
    mrrAt10: mean((s) => s.reciprocalRank),
    recallAt1: mean((s) => s.recallAt1),
    recallAt10: mean((s) => s.recallAt10),
    ndcgAt10: mean((s) => s.ndcgAt10),
    precisionAt5: mean((s) => s.precisionAt5),
  };
}
