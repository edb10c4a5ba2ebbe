// Top-k by bounds: the best few articles of a query without reading its common words' posting lists, exactly as a full evaluation ranks them.

import { type Columns, decodedColumns, positionOf } from '../index-format/posting-blocks';
import { postingCount } from '../index-format/term-block';
import { inverseFrequencyOf, postingScore } from './bm25';
import { coordinationMultiplier, countMaskMatches, MaskMultipliers, type WordsOfBits, wordsOfTermBits } from './coordination';
import { type EvaluationPlan, matchedTermsOf, maxContribution, type ScoringJob } from './evaluate-query';
import { type RankedArticle, type SearchResult, topOnlyResult } from './rank-matches';
import type { ScoringTables } from './term-index';
import { boundOfSkipped, longListFor, MIN_LONG_LIST } from './top-k';
import { scoreInWindows, type WindowedScores } from './window-scoring';

/**
 * The fewest articles' worth of binary searches (one search in each long
 * list an article) made before giving way to the scan of top-k.ts, whatever
 * the lists (see rescoreLimit).
 */
export const MAX_RESCORED = 2048;

/**
 * How many articles' worth of binary searches may be made before the scan of
 * top-k.ts is cheaper. Rescoring an article costs at most a binary search in
 * each long list; the scan reads those lists through. So the limit is where
 * the searches' steps would match the postings read: a query whose long lists
 * hold 400,000 postings may search for about 5,000 articles in all of them.
 * An article that falls below the threshold is searched for in fewer lists
 * (Rescorer.mayReach), so many more articles than that are usually looked at.
 * Below MAX_RESCORED the difference does not pay for the reasoning.
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
 * Bounds are tried first with every list the format keeps in blocks and
 * search may skip counted long (MIN_LONG_LIST postings or more), then with
 * lists from this share of the corpus, then with top-k.ts's longer ones. A
 * list left out costs nothing to read through, only lookups of the articles
 * that could still make the page, so the first tier skips all it can: at a
 * million articles it halved the median ranking of the 165 news queries
 * against a first tier at 1/128 (BENCHMARKS.md). A query that tier cannot
 * settle (too many articles to look up) is tried again with fewer lists
 * skipped.
 */
export const MIDDLE_LONG_LIST_SHARE = 1 / 128;

/**
 * The long-list lengths to try bounds with, shortest first: MIN_LONG_LIST,
 * the middle share, top-k.ts's; each once (up to 65,536 articles all three are
 * MIN_LONG_LIST).
 */
export function boundTiersFor(documentCount: number): number[] {
  const tiers = [MIN_LONG_LIST, documentCount * MIDDLE_LONG_LIST_SHARE, longListFor(documentCount)];
  return [...new Set(tiers.map((tier) => Math.max(MIN_LONG_LIST, tier)))].sort((a, b) => a - b);
}

/** Headroom for rounding: bounds are exact arithmetic, the scores they are compared with are floating point. */
const ROUNDING_MARGIN = 1e-9;

/**
 * Whether a tier's searches are on course to pass `limit`: `lookups` made for
 * the first `visited` of `total` articles, spread over all of them, pass it by
 * a quarter. Articles are visited in id order, which says nothing of their
 * scores, so the first share is a fair sample; and the threshold only rises,
 * so later articles cost fewer searches, not more. A tier that gives way
 * should give way early: at a million articles the tiers that gave way made
 * 305,196 of the news queries' 774,170 searches; with this check 146,848 of
 * 617,254, and every query settled in the same tier (BENCHMARKS.md). Judged
 * every 1,024 articles once an eighth are visited.
 */
export function onCourseToPass(lookups: number, visited: number, total: number, limit: number): boolean {
  if (visited % 1024 !== 0 || visited < total / 8) return false;
  return lookups * total > 1.25 * limit * visited;
}

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

/** A mask of query-term bits → the coordination multiplier an article with those bits gets. */
export type MultiplierOf = (mask: Uint32Array) => number;

/**
 * Works out single articles' exact scores, term by term in plan order, as the
 * evaluator and coordination would, and whether an article can still reach a
 * threshold at all, without searching every long list for it.
 */
export class Rescorer {
  private readonly inverseFrequencies: Float64Array;
  private readonly mask: Uint32Array;
  private readonly reachable: Uint32Array;
  private readonly posting = new Int32Array(2);
  /** Each job's arrays when its list is decoded whole, null while it is read in blocks: one shape, so the lookups below stay monomorphic. */
  private readonly columns: (Columns | null)[];
  /** The long jobs, the most any of them adds first: an article that misses those falls below a threshold soonest. */
  private readonly longByMost: number[];
  /** Per long job in that order, the most the long jobs after it could still add, summed from the end so the last is exactly 0. */
  private readonly mostAfter: Float64Array;
  /** Per long job in that order, `maskWords` words: the bits of the long jobs after it. */
  private readonly bitsAfter: Uint32Array;
  /** Binary searches made so far (each decodes at most one block of a list read in blocks): the work the caller budgets. */
  lookups = 0;

  constructor(
    private readonly tables: ScoringTables,
    private readonly plan: EvaluationPlan,
    private readonly isLong: readonly boolean[],
    private readonly wordsOfBit: WordsOfBits,
    private readonly multiplierOf: MultiplierOf,
    /** Per job, the most a long job's list adds to an article (maxContribution), 0 for a short one: the caller's bounds need them too. */
    most: readonly number[],
  ) {
    this.inverseFrequencies = Float64Array.from(plan.jobs, ({ list }) => inverseFrequencyOf(tables.documentCount, postingCount(list)));
    this.mask = new Uint32Array(plan.maskWords);
    this.reachable = new Uint32Array(plan.maskWords);
    this.columns = plan.jobs.map(({ list }) => decodedColumns(list));
    this.longByMost = plan.jobs.map((_, index) => index).filter((index) => isLong[index]);
    this.longByMost.sort((a, b) => most[b]! - most[a]! || a - b);
    const count = this.longByMost.length;
    this.mostAfter = new Float64Array(count);
    this.bitsAfter = new Uint32Array(count * plan.maskWords);
    for (let step = count - 2; step >= 0; step--) {
      const next = this.longByMost[step + 1]!;
      this.mostAfter[step] = this.mostAfter[step + 1]! + most[next]!;
      for (let word = 0; word < plan.maskWords; word++)
        this.bitsAfter[step * plan.maskWords + word] = this.bitsAfter[(step + 1) * plan.maskWords + word]!;
      const bit = plan.jobs[next]!.bit;
      this.bitsAfter[step * plan.maskWords + (bit >>> 5)] = this.bitsAfter[step * plan.maskWords + (bit >>> 5)]! | (1 << (bit & 31));
    }
  }

  /** Whether job `index`'s list holds `shortId`; if so its (frequency, field length) are left in `posting`. */
  private lookUp(index: number, shortId: number): boolean {
    this.lookups++;
    // A long list read in blocks decodes only the block that would hold the article.
    const columns = this.columns[index] ?? null;
    if (columns === null) return this.plan.jobs[index]!.list.find!(shortId, this.posting);
    const position = positionOf(columns.documents, shortId);
    if (position < 0) return false;
    this.posting[0] = columns.frequencies[position]!;
    this.posting[1] = columns.lengths[position]!;
    return true;
  }

  /** What job `index` adds to an article whose posting `lookUp` left. */
  private contribution(index: number): number {
    const job = this.plan.jobs[index]!;
    const { k, b, d } = job.bm25;
    return (
      job.weight *
      postingScore(this.inverseFrequencies[index]!, this.posting[0]!, this.posting[1]!, this.tables.averageFieldLength[job.fieldId]!, k, b, d)
    );
  }

  /**
   * Whether `shortId` may still score `threshold` or more. `shortSum` is what
   * its short lists add and `shortBits` (at `at`) the terms they matched. The
   * long lists are searched, the most any adds first, and the search stops as
   * soon as the article's sum so far plus the most the lists left could add,
   * under the coordination those lists allow, falls below the threshold: most
   * articles are out after one or two lists, not one search per list.
   */
  mayReach(shortId: number, shortSum: number, shortBits: Uint32Array, at: number, threshold: number): boolean {
    const { jobs, maskWords } = this.plan;
    const mask = this.mask;
    for (let word = 0; word < maskWords; word++) mask[word] = shortBits[at + word]!;
    let summed = shortSum;
    for (let step = 0; step < this.longByMost.length; step++) {
      const index = this.longByMost[step]!;
      if (this.lookUp(index, shortId)) {
        summed += this.contribution(index);
        const bit = jobs[index]!.bit;
        mask[bit >>> 5] = mask[bit >>> 5]! | (1 << (bit & 31));
      }
      for (let word = 0; word < maskWords; word++) this.reachable[word] = mask[word]! | this.bitsAfter[step * maskWords + word]!;
      if ((summed + this.mostAfter[step]!) * this.multiplierOf(this.reachable) * (1 + ROUNDING_MARGIN) < threshold) return false;
    }
    return true;
  }

  /**
   * The ranking score a full evaluation gives `shortId`. `shortBits` are the
   * query-term bits the article matched in the short lists: a short list of
   * another term cannot hold it, so only those and the long lists are searched.
   */
  rescore(shortId: number, shortBits: Uint32Array, at: number): Rescored {
    const { jobs, maskWords } = this.plan;
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
      if (!this.lookUp(index, shortId)) continue;
      if (firstJob < 0) firstJob = index;
      summed += this.contribution(index);
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
 * The best `keep` rescored articles so far, in ranking order. An exact score
 * does not depend on which lists a tier skipped, so one tier's best carry over
 * to the next: it starts from their threshold instead of from nothing.
 */
export class BestRescored {
  readonly kept: Rescored[] = [];

  constructor(readonly keep: number) {}

  /** The score an article must reach to enter: the `keep`-th kept, or none while fewer are kept. */
  get threshold(): number {
    return this.kept.length < this.keep ? Number.NEGATIVE_INFINITY : this.kept[this.keep - 1]!.score;
  }

  add(article: Rescored): void {
    const kept = this.kept;
    if (kept.length === this.keep && better(article, kept[this.keep - 1]!) >= 0) return;
    // A later tier rescores again what an earlier one kept: one article holds one place.
    for (const held of kept) if (held.shortId === article.shortId) return;
    let at = kept.length === this.keep ? this.keep - 1 : kept.length;
    while (at > 0 && better(article, kept[at - 1]!) < 0) {
      kept[at] = kept[at - 1]!;
      at--;
    }
    kept[at] = article;
  }
}

/**
 * The short lists an earlier tier scored, and what they reached. Each tier
 * skips fewer lists than the one before, so the next scores only the lists
 * it adds, onto these: at a million articles a query the third tier settles
 * otherwise scores the first tier's lists three times and the second's twice.
 */
export class ScoredShortLists {
  /** Per job, whether it was scored; undefined before any tier. */
  scored: readonly boolean[] | undefined;
  result: WindowedScores | undefined;

  /** What the lists not flagged in `isLong` reach, scoring only those not scored before. */
  scoreShort(tables: ScoringTables, plan: EvaluationPlan, isLong: readonly boolean[]): WindowedScores {
    const before = this.scored;
    const reuse = before !== undefined && this.result !== undefined && before.every((scored, index) => !scored || !isLong[index]);
    const added = plan.jobs.filter((_, index) => !isLong[index] && !(reuse && before[index]));
    // Bounds and rescoring need no touch order: ties are broken by each rescored article's first job.
    const result =
      reuse && added.length === 0 ? this.result! : scoreInWindows(tables, added, plan.maskWords, undefined, 'any', reuse ? this.result : undefined);
    this.scored = isLong.map((long) => !long);
    this.result = result;
    return result;
  }
}

/** How one tier of bounds runs (search.ts tries them in turn). */
export interface BoundsTier {
  /** Lists of this many postings or more are skipped: longListFor by default. */
  readonly long?: number;
  /** A later tier follows: this one may search for MAX_RESCORED articles' worth, and gives way early; the last may search up to rescoreLimit. */
  readonly laterTier?: boolean;
  /** The best articles earlier tiers rescored, carried over; none by default. */
  readonly best?: BestRescored;
  /** Articles' worth of searches allowed, in place of the tier's own budget (tests). */
  readonly maxRescored?: number;
  /** The short lists earlier tiers scored, carried over; none by default. */
  readonly scored?: ScoredShortLists;
}

/**
 * The best `keep` articles of a planned query, reading only its short
 * posting lists through. The short lists are scored; each article they reach
 * gets an upper bound (its short score plus the most every long list could
 * add, under the coordination its words could reach). The `keep` best bounds
 * are rescored exactly, which sets a threshold: the `keep`-th exact score so
 * far. Every other article whose bound reaches the threshold is searched for
 * in the long lists, the list that could add most first, until what it could
 * still score falls below the threshold (most fall out after one or two
 * lists); one that never does is rescored, and the threshold rises. The page
 * stands when the most an article found only in long lists could score is
 * below the `keep`-th score. The ranking is then a full evaluation's: the same
 * articles, scores and tie order. Past its budget of searches (BoundsTier)
 * it gives way to the next tier, or to the scan.
 *
 * A tier with a later one also gives way at once when the seeds' threshold
 * does not clear what an article found only in long lists could score: the
 * page would most likely be refused at the end. At a million articles all 32 tiers refused that way, and
 * all 12 that passed their limit, had been in that state after their seeds, as
 * had 21 of 151 that answered; the refused ones had made 226,546 searches
 * first. Giving way at once took the news queries' ranking p99 with every
 * piece kept from 9.1 to 7.9 ms (BENCHMARKS.md).
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
  tier: BoundsTier = {},
): SearchResult | Declined {
  const { long = longListFor(tables.documentCount), laterTier = false, best = new BestRescored(keep), scored = new ScoredShortLists() } = tier;
  if (keep < 1) return 'try-scan';
  if (best.keep !== keep) throw new Error(`rankTopByBounds: the carried best keep ${best.keep} articles, not ${keep}`);
  const isLong = plan.jobs.map((job) => postingCount(job.list) >= long);
  const skipped = plan.jobs.filter((_, index) => isLong[index]);
  if (skipped.length === 0 || skipped.length === plan.jobs.length) return 'try-scan';

  const partial = scored.scoreShort(tables, plan, isLong);
  const reached = partial.shortIds.length;
  if (reached < keep) return 'try-scan';
  const wordsOfBit = wordsOfTermBits(plan.termBits, termWords);
  const { maskWords } = plan;
  const skippedBits = new Uint32Array(maskWords);
  const most = plan.jobs.map((job, index) => (isLong[index] ? maxContribution(tables, job) : 0));
  let skippedMost = 0;
  for (const [index, job] of plan.jobs.entries()) {
    if (!isLong[index]) continue;
    skippedBits[job.bit >>> 5] = skippedBits[job.bit >>> 5]! | (1 << (job.bit & 31));
    skippedMost += most[index]!;
  }

  // Coordination only grows with the terms matched, so an article's bound assumes it matched every long list too.
  const multipliers = new MaskMultipliers(wordsOfBit, maskWords, plan.termBits.size);
  const { table } = multipliers;
  const multiplierOf: MultiplierOf = (mask) => multipliers.of(mask);
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

  const rescorer = new Rescorer(tables, plan, isLong, wordsOfBit, multiplierOf, most);
  const { shortIds } = partial;
  const lookupLimit = (tier.maxRescored ?? (laterTier ? MAX_RESCORED : rescoreLimit(skipped))) * skipped.length;
  // The best bounds first give a threshold; then every article whose bound reaches the threshold as it rises is
  // searched for in the long lists until it falls below it, and rescored if it never does.
  const seeds = positionsOfHighest(bounds, keep);
  for (const position of seeds) best.add(rescorer.rescore(shortIds[position]!, termMasks, position * maskWords));
  // Articles found only in long lists are not among the bounds: the page stands only if they stay below its last score.
  const onlyInLongLists = boundOfSkipped(tables, plan, skipped, termWords, skippedMost) * (1 + ROUNDING_MARGIN);
  if (laterTier && !(onlyInLongLists < best.threshold)) return 'try-scan';
  const seeded = new Uint8Array(reached);
  for (const position of seeds) seeded[position] = 1;
  // Most of the tens of thousands of articles visited fall below the threshold at once, so the loop does no more for
  // them than that test: the threshold changes only when an article is added, and the budget only when one is searched.
  let threshold = best.threshold;
  for (let position = 0; position < reached; position++) {
    if ((position & 1023) === 0 && onCourseToPass(rescorer.lookups, position, reached, lookupLimit)) return 'try-scan';
    if (bounds[position]! < threshold || seeded[position] === 1) continue;
    if (rescorer.lookups > lookupLimit) return 'try-scan';
    let terms = 0;
    for (let word = 0; word < maskWords; word++) for (let rest = termMasks[position * maskWords + word]!; rest !== 0; rest &= rest - 1) terms++;
    if (!rescorer.mayReach(shortIds[position]!, scores[position]! / terms, termMasks, position * maskWords, threshold)) continue;
    best.add(rescorer.rescore(shortIds[position]!, termMasks, position * maskWords));
    threshold = best.threshold;
  }
  if (rescorer.lookups > lookupLimit) return 'try-scan';
  const kept = best.kept;
  // Never short of k when the bounds hold (each of the first k is rescored again); if rounding ever broke one, a full evaluation is still exact.
  if (kept.length < keep) return 'evaluate-in-full';
  if (!(onlyInLongLists < kept[keep - 1]!.score)) return 'evaluate-in-full';

  const contributions = { contributions: plan.jobs.map(({ term, list, corrected }) => ({ term, list, corrected })) };
  const articles: RankedArticle[] = kept.map(({ shortId, score }) => {
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
