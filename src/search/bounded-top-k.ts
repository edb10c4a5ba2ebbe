// Top-k by bounds: the best few articles of a query without reading its common words' posting lists, exactly as a full evaluation ranks them.

import { type Columns, decodedColumns, positionOf } from '../index-format/posting-blocks';
import { postingCount } from '../index-format/term-block';
import { inverseFrequencyOf, postingScore } from './bm25';
import { coordinationMultiplier, countMaskMatches, type WordsOfBits, wordsOfTermBits } from './coordination';
import { type EvaluationPlan, evaluatePlan, matchedTermsOf, maxContribution, type ScoringJob } from './evaluate-query';
import { type RankedArticle, type SearchResult, topOnlyResult } from './rank-matches';
import type { ScoringTables } from './term-index';
import { boundOfSkipped, longListFor, MIN_LONG_LIST } from './top-k';

/**
 * The fewest articles rescored one by one before giving way to the scan of
 * top-k.ts, whatever the lists (see rescoreLimit).
 */
export const MAX_RESCORED = 2048;

/**
 * How many articles may be rescored before the scan of top-k.ts is cheaper.
 * Rescoring an article costs a binary search in each long list; the scan
 * reads those lists through. So the limit is where the searches' steps would
 * match the postings read: a query whose long lists hold 400,000 postings may
 * rescore about 5,000 articles. Below MAX_RESCORED the difference does not
 * pay for the reasoning.
 */
export function rescoreLimit(skipped: readonly ScoringJob[]): number {
  let postings = 0;
  let steps = 0;
  for (const { list } of skipped) {
    const size = postingCount(list);
    postings += size;
    steps += Math.ceil(Math.log2(size + 1));
  }
  return Math.max(MAX_RESCORED, postings / steps);
}

/**
 * Bounds are tried first with lists from this share of the corpus counted
 * long, then with top-k.ts's longer ones. At a million articles a list of
 * 1/128 (7,800 postings) is already costly to read through, and the bounds
 * it leaves settle most queries: the 165 news queries scored in half the time
 * of bounds at 1/32 alone (BENCHMARKS.md). A query the shorter lists cannot
 * settle is tried again with fewer lists skipped.
 */
export const FIRST_LONG_LIST_SHARE = 1 / 128;

/** The long-list lengths to try bounds with, shortest first: one up to 32 × MIN_LONG_LIST articles (65,536), where both shares give MIN_LONG_LIST; two above. */
export function boundTiersFor(documentCount: number): number[] {
  const first = Math.max(MIN_LONG_LIST, documentCount * FIRST_LONG_LIST_SHARE);
  const last = longListFor(documentCount);
  return first < last ? [first, last] : [last];
}

/** Headroom for rounding: bounds are exact arithmetic, the scores they are compared with are floating point. */
const ROUNDING_MARGIN = 1e-9;

/** Why bounds gave no answer: the scan may still answer, or skipping is unsafe and only a full evaluation will. */
export type Declined = 'try-scan' | 'evaluate-in-full';

/** An article whose exact score was worked out, with what orders ties as a full evaluation does. */
interface Rescored {
  readonly shortId: number;
  readonly score: number;
  /** The first job (in plan order) that holds it: a full evaluation touches articles job by job, each job in id order. */
  readonly firstJob: number;
}

/** Score first; equal scores in the order a full evaluation first touched the articles. */
const better = (a: Rescored, b: Rescored): number => b.score - a.score || a.firstJob - b.firstJob || a.shortId - b.shortId;

/**
 * The positions of the `count` highest values, highest first (ties in any
 * order). One comparison per value against the lowest kept, so a cold
 * isolate's interpreter gets through tens of thousands of bounds quickly;
 * only a value that beats it is inserted, among `count` (a page's worth).
 */
export function positionsOfHighest(values: Float64Array, count: number): number[] {
  const kept: number[] = [];
  if (count < 1) return kept;
  let lowest = Number.NEGATIVE_INFINITY;
  for (let position = 0; position < values.length; position++) {
    const value = values[position]!;
    if (kept.length === count && !(value > lowest)) continue;
    // Full, the lowest kept makes room; otherwise the new value goes in after the others, then moves up.
    let at = kept.length === count ? count - 1 : kept.length;
    while (at > 0 && values[kept[at - 1]!]! < value) {
      kept[at] = kept[at - 1]!;
      at--;
    }
    kept[at] = position;
    if (kept.length === count) lowest = values[kept[count - 1]!]!;
  }
  return kept;
}

/** Works out single articles' exact scores, term by term in plan order, as the evaluator and coordination would. */
class Rescorer {
  private readonly inverseFrequencies: Float64Array;
  private readonly mask: Uint32Array;
  private readonly posting = new Int32Array(2);
  /** Each job's arrays when its list is decoded whole, null while it is read in blocks: one shape, so the lookups below stay monomorphic. */
  private readonly columns: (Columns | null)[];

  constructor(
    private readonly tables: ScoringTables,
    private readonly plan: EvaluationPlan,
    private readonly isLong: readonly boolean[],
    private readonly wordsOfBit: WordsOfBits,
  ) {
    this.inverseFrequencies = Float64Array.from(plan.jobs, ({ list }) => inverseFrequencyOf(tables.documentCount, postingCount(list)));
    this.mask = new Uint32Array(plan.maskWords);
    this.columns = plan.jobs.map(({ list }) => decodedColumns(list));
  }

  /**
   * The ranking score a full evaluation gives `shortId`. `shortBits` are the
   * query-term bits the article matched in the short lists: a short list of
   * another term cannot hold it, so only those and the long lists are searched.
   */
  rescore(shortId: number, shortBits: Uint32Array, at: number): Rescored {
    const { jobs, maskWords } = this.plan;
    const { averageFieldLength } = this.tables;
    const mask = this.mask;
    mask.fill(0);
    let summed = 0;
    let terms = 0;
    let firstJob = -1;
    for (let index = 0; index < jobs.length; index++) {
      const job: ScoringJob = jobs[index]!;
      const word = job.bit >>> 5;
      const bit = 1 << (job.bit & 31);
      if (!this.isLong[index] && (shortBits[at + word]! & bit) === 0) continue;
      // A long list read in blocks decodes only the block that would hold the article.
      const columns = this.columns[index] ?? null;
      let frequency: number;
      let length: number;
      if (columns !== null) {
        const position = positionOf(columns.documents, shortId);
        if (position < 0) continue;
        frequency = columns.frequencies[position]!;
        length = columns.lengths[position]!;
      } else {
        if (!job.list.find!(shortId, this.posting)) continue;
        frequency = this.posting[0]!;
        length = this.posting[1]!;
      }
      if (firstJob < 0) firstJob = index;
      const { k, b, d } = job.bm25;
      summed += job.weight * postingScore(this.inverseFrequencies[index]!, frequency, length, averageFieldLength[job.fieldId]!, k, b, d);
      if ((mask[word]! & bit) === 0) {
        mask[word] = mask[word]! | bit;
        terms++;
      }
    }
    // As the evaluator stores it (summed × terms matched) and coordination reads it back (÷ terms).
    const stored = summed * terms;
    const counts = countMaskMatches(mask, 0, maskWords, this.wordsOfBit);
    return { shortId, score: (terms === 0 ? 0 : stored / terms) * coordinationMultiplier(counts), firstJob };
  }
}

/**
 * The best `keep` articles of a planned query, reading only its short
 * posting lists through. The short lists are scored; each article they reach
 * gets an upper bound (its short score plus the most every long list could
 * add, under the coordination its words could reach). Articles are then
 * rescored exactly, one binary search per list, best bound first, until the
 * `keep`-th exact score beats every bound left and the most an article found
 * only in long lists could score. The ranking is then a full evaluation's:
 * the same articles, scores and tie order.
 *
 * The long lists are never read through, so `total` is a lower bound
 * (`totalExact: false`): the articles the short lists reach, or the longest
 * list, whichever is more. Anything beyond the top `keep` is evaluated in full
 * on demand.
 */
export function rankTopByBounds(
  tables: ScoringTables,
  plan: EvaluationPlan,
  termWords: ReadonlyMap<string, number>,
  keep: number,
  exhaustive: () => SearchResult,
  long = longListFor(tables.documentCount),
  maxRescored?: number,
): SearchResult | Declined {
  if (keep < 1) return 'try-scan';
  const isLong = plan.jobs.map((job) => postingCount(job.list) >= long);
  const skipped = plan.jobs.filter((_, index) => isLong[index]);
  if (skipped.length === 0 || skipped.length === plan.jobs.length) return 'try-scan';

  // Bounds and rescoring need no touch order: ties are broken by each rescored article's first job.
  const partial = evaluatePlan(tables, { ...plan, jobs: plan.jobs.filter((_, index) => !isLong[index]) }, undefined, 'any');
  const reached = partial.shortIds.length;
  if (reached < keep) return 'try-scan';
  const wordsOfBit = wordsOfTermBits(plan.termBits, termWords);
  const { maskWords } = plan;
  const skippedBits = new Uint32Array(maskWords);
  let skippedMost = 0;
  for (const job of skipped) {
    skippedBits[job.bit >>> 5] = skippedBits[job.bit >>> 5]! | (1 << (job.bit & 31));
    skippedMost += maxContribution(tables, job);
  }

  // Coordination only grows with the terms matched, so an article's bound assumes it matched every long list too.
  // A query has few distinct masks among tens of thousands of articles: each one's multiplier is worked out once.
  // Up to 12 query terms (the common case) a mask indexes a table of at most 32 KB, 0 where not worked out yet (a multiplier is at least 1).
  const table = maskWords === 1 && plan.termBits.size <= 12 ? new Float64Array(1 << plan.termBits.size) : undefined;
  const multipliers = new Map<number | string, number>();
  const multiplierOf = (mask: Uint32Array): number => {
    if (table !== undefined) {
      const known = table[mask[0]!]!;
      if (known !== 0) return known;
      return (table[mask[0]!] = coordinationMultiplier(countMaskMatches(mask, 0, maskWords, wordsOfBit)));
    }
    // Up to 32 query terms the mask is one number; beyond, its words joined.
    const key = maskWords === 1 ? mask[0]! : mask.join(',');
    let multiplier = multipliers.get(key);
    if (multiplier === undefined) {
      multiplier = coordinationMultiplier(countMaskMatches(mask, 0, maskWords, wordsOfBit));
      multipliers.set(key, multiplier);
    }
    return multiplier;
  };
  const bounds = new Float64Array(reached);
  const { scores, termMasks } = partial;
  const reachable = new Uint32Array(maskWords);
  for (let position = 0; position < reached; position++) {
    let terms = 0;
    for (let word = 0; word < maskWords; word++) {
      const bits = termMasks[position * maskWords + word]!;
      for (let rest = bits; rest !== 0; rest &= rest - 1) terms++;
      reachable[word] = bits | skippedBits[word]!;
    }
    // The table is read here, not through a call: a cold isolate's interpreter runs this for tens of thousands of articles.
    let multiplier = table === undefined ? 0 : table[reachable[0]!]!;
    if (multiplier === 0) multiplier = multiplierOf(reachable);
    bounds[position] = (scores[position]! / terms + skippedMost) * multiplier * (1 + ROUNDING_MARGIN);
  }

  const rescorer = new Rescorer(tables, plan, isLong, wordsOfBit);
  const rescore = (position: number) => rescorer.rescore(partial.shortIds[position]!, partial.termMasks, position * maskWords);
  // The best bounds first give a threshold; every article whose bound reaches it is then rescored.
  // (Each of those keeps its bound at or above the threshold, so it is rescored again below.)
  const byBound = positionsOfHighest(bounds, keep);
  const threshold = byBound.map(rescore).sort(better)[keep - 1]!.score;
  let candidates = 0;
  for (let position = 0; position < reached; position++) if (bounds[position]! >= threshold) candidates++;
  if (candidates > (maxRescored ?? rescoreLimit(skipped))) return 'try-scan';
  const rescored: Rescored[] = [];
  for (let position = 0; position < reached; position++) if (bounds[position]! >= threshold) rescored.push(rescore(position));
  const best = rescored.sort(better).slice(0, keep);
  // Never short of k when the bounds hold (each of the first k is rescored again); if rounding ever broke one, a full evaluation is still exact.
  if (best.length < keep) return 'evaluate-in-full';
  // Articles found only in long lists are not among the bounds: they must stay below the last kept score.
  if (!(boundOfSkipped(tables, plan, skipped, termWords) * (1 + ROUNDING_MARGIN) < best[keep - 1]!.score)) return 'evaluate-in-full';

  const contributions = { contributions: plan.jobs.map(({ term, list, corrected }) => ({ term, list, corrected })) };
  const articles: RankedArticle[] = best.map(({ shortId, score }) => {
    let terms: readonly string[] | undefined;
    let corrections: readonly string[] | undefined;
    return {
      ordinal: shortId,
      score,
      get matchedTerms() {
        terms ??= matchedTermsOf(contributions, shortId);
        return terms;
      },
      get correctedTerms() {
        corrections ??= matchedTermsOf(contributions, shortId, true);
        return corrections;
      },
    };
  });
  const total = Math.max(reached, ...skipped.map((job) => postingCount(job.list)));
  return topOnlyResult(articles, keep, { total, totalExact: false }, exhaustive);
}
