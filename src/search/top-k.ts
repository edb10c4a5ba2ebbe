// Top-k ranking: the best few articles of a query without scoring those found only through its common words, exactly as a full evaluation ranks them.

import { postingCount } from '../index-format/term-block';
import { coordinate, coordinationMultiplier, countBits, wordsOfTermBits } from './coordination';
import { type EvaluationPlan, evaluatePlan, maxContribution, type ScoringJob } from './evaluate-query';
import { rankMatches, type SearchResult, topOnlyResult } from './rank-matches';
import type { ScoringTables } from './term-index';

/**
 * A posting list holding this share of the corpus is left out of scoring
 * (تونس is in 40% of the news corpus): its articles are scored only when a
 * rarer list of the query also holds them. Shorter lists cost less to score
 * than to reason about.
 */
export const LONG_LIST_SHARE = 1 / 32;

/** Below this many postings no list is left out, whatever the corpus size: scoring them is cheaper than the check. */
export const MIN_LONG_LIST = 2048;

/** The length from which a posting list is left out of scoring in a corpus of `documentCount` articles. */
export function longListFor(documentCount: number): number {
  return Math.max(MIN_LONG_LIST, documentCount * LONG_LIST_SHARE);
}

/** Headroom for rounding: the bound is exact arithmetic, the scores it is compared with are floating point. */
const ROUNDING_MARGIN = 1e-9;

/**
 * The most an article found only in `skipped` lists can score under
 * coordination: its summed BM25 is at most the sum of the lists' largest
 * contributions, and the multiplier (words + credit × further readings +
 * credit × words found by their root alone) grows with the words and terms it
 * matched, at most those the lists stand for.
 */
export function boundOfSkipped(
  tables: ScoringTables,
  plan: EvaluationPlan,
  skipped: readonly ScoringJob[],
  termWords: ReadonlyMap<string, number>,
  /** The skipped lists' largest contributions summed in their order, when the caller has them already (bounded-top-k.ts). */
  summedMost?: number,
): number {
  const wordsOfBit = wordsOfTermBits(plan.termBits, termWords);
  let summed = 0;
  const readings = new Set<number>();
  let words = 0;
  let rootWords = 0;
  for (const job of skipped) {
    if (summedMost === undefined) summed += maxContribution(tables, job);
    if (wordsOfBit.root[job.bit] === true) rootWords |= wordsOfBit.words[job.bit] ?? 0;
    else {
      readings.add(job.bit);
      words |= wordsOfBit.words[job.bit] ?? 0;
    }
  }
  // Every word a skipped root stands for counts as root-only: never less than an article can have.
  return (summedMost ?? summed) * coordinationMultiplier({ words: countBits(words), readings: readings.size, rootOnlyWords: countBits(rootWords) });
}

/**
 * The best `keep` articles of a planned query, or undefined when skipping
 * cannot be shown safe. Articles in a short list are scored in full (every
 * list, in plan order, so their scores and tie order are a full evaluation's);
 * articles only in long lists are counted but not scored. The ranking stands
 * when the `keep`-th score beats the most any skipped article could score;
 * otherwise the caller evaluates in full. Anything beyond the top `keep`
 * (more hits, every match, another filter) is evaluated in full on demand.
 */
export function rankTopOnly(
  tables: ScoringTables,
  plan: EvaluationPlan,
  termWords: ReadonlyMap<string, number>,
  keep: number,
  exhaustive: () => SearchResult,
  long = longListFor(tables.documentCount),
): SearchResult | undefined {
  if (keep < 1) return undefined;
  const skipped = plan.jobs.filter((job) => postingCount(job.list) >= long);
  if (skipped.length === 0 || skipped.length === plan.jobs.length) return undefined;
  // Articles in a short list are scored; those only in long lists are counted.
  const admits = plan.jobs.map((job) => postingCount(job.list) < long);
  const evaluation = evaluatePlan(tables, plan, admits);
  const scored = rankMatches(tables, evaluation, undefined, coordinate(evaluation, termWords));
  const best = scored.top(keep);
  const bound = boundOfSkipped(tables, plan, skipped, termWords);
  if (best.length < keep || !(bound * (1 + ROUNDING_MARGIN) < best[keep - 1]!.score)) return undefined;
  return topOnlyResult(best, keep, { total: scored.total + evaluation.outside }, exhaustive);
}
