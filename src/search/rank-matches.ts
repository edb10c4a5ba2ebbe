// Ranking an evaluation: final scores, the request's filter, and the best few picked without sorting every match.

import { type Evaluation, matchedTermsOf } from './evaluate-query';
import type { ScoringTables } from './term-index';

/** One ranked article: its ordinal in the catalog and the index terms it matched. */
export interface RankedArticle {
  readonly ordinal: number;
  readonly score: number;
  /** Worked out on first read: only the articles a page shows (or a phrase check reads) need it. */
  readonly matchedTerms: readonly string[];
  /** Those of `matchedTerms` that are typo corrections of a query word, worked out on first read. */
  readonly correctedTerms: readonly string[];
}

export interface SearchResult {
  /** How many articles match; a lower bound when `totalExact` is false. */
  readonly total: number;
  /** False when `total` is only a lower bound (the top k were found without reading every match); exact when absent. */
  readonly totalExact?: boolean;
  /** Every match, best first; sorted on first read. */
  readonly ranked: readonly RankedArticle[];
  /** The ordinals of every match, in no particular order: enough for facets and counts. */
  readonly ordinals: readonly number[];
  /** The best `count` matches, best first, without sorting the rest. */
  top(count: number): readonly RankedArticle[];
  /** Every match, best first, ranked in growing slices: a reader that stops early never pays for sorting the rest. */
  inRankOrder(): Iterable<RankedArticle>;
  /** The same scored query under another filter, without scoring it again (disjunctive facets). */
  withFilter(filter: ((ordinal: number) => boolean) | undefined): SearchResult;
}

/**
 * A result that knows only its best `keep` articles: asking for more, for
 * every match, or for another filter evaluates the query in full, once.
 */
export function topOnlyResult(
  best: readonly RankedArticle[],
  keep: number,
  total: { readonly total: number; readonly totalExact?: boolean },
  exhaustive: () => SearchResult,
): SearchResult {
  let full: SearchResult | undefined;
  const inFull = (): SearchResult => (full ??= exhaustive());
  return {
    ...total,
    get ranked() {
      return inFull().ranked;
    },
    get ordinals() {
      return inFull().ordinals;
    },
    top: (count) => (count <= keep ? best.slice(0, Math.max(0, count)) : inFull().top(count)),
    inRankOrder: () => inFull().inRankOrder(),
    withFilter: (filter) => inFull().withFilter(filter),
  };
}

/** The first slice `inRankOrder` ranks; each next one is four times larger. */
const FIRST_SLICE = 64;

class Match implements RankedArticle {
  private terms: readonly string[] | undefined;
  private corrections: readonly string[] | undefined;

  constructor(
    private readonly evaluation: Evaluation,
    private readonly shortId: number,
    readonly ordinal: number,
    readonly score: number,
  ) {}

  get matchedTerms(): readonly string[] {
    this.terms ??= matchedTermsOf(this.evaluation, this.shortId);
    return this.terms;
  }

  get correctedTerms(): readonly string[] {
    this.corrections ??= matchedTermsOf(this.evaluation, this.shortId, true);
    return this.corrections;
  }
}

/** Candidates are positions in the evaluation; an earlier position wins a tie, as MiniSearch's stable sort does. */
function makeComparator(finalScores: Float64Array): (a: number, b: number) => number {
  return (a, b) => finalScores[b]! - finalScores[a]! || a - b;
}

/** The best `count` of `candidates`, best first: a bounded heap whose root is the worst kept so far. */
export function selectBest(candidates: Int32Array, count: number, compare: (a: number, b: number) => number): number[] {
  if (count >= candidates.length) return Array.from(candidates).sort(compare);
  const heap: number[] = [];
  // The heap is ordered so that the worst kept candidate (largest by `compare`) sits at the root.
  const worse = (a: number, b: number): boolean => compare(a, b) > 0;
  const siftDown = (from: number): void => {
    let parent = from;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let worst = parent;
      if (left < heap.length && worse(heap[left]!, heap[worst]!)) worst = left;
      if (right < heap.length && worse(heap[right]!, heap[worst]!)) worst = right;
      if (worst === parent) return;
      [heap[parent], heap[worst]] = [heap[worst]!, heap[parent]!];
      parent = worst;
    }
  };
  // An indexed loop, not for…of: a cold isolate's interpreter runs it over every match before the JIT takes over.
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index]!;
    if (heap.length < count) {
      heap.push(candidate);
      for (let child = heap.length - 1; child > 0; ) {
        const parent = (child - 1) >> 1;
        if (!worse(heap[child]!, heap[parent]!)) break;
        [heap[parent], heap[child]] = [heap[child]!, heap[parent]!];
        child = parent;
      }
    } else if (count > 0 && compare(candidate, heap[0]!) < 0) {
      heap[0] = candidate;
      siftDown(0);
    }
  }
  return heap.sort(compare);
}

/** Ranks an evaluation's articles, minus those `filter` rejects, by `scores` (one per position; the evaluation's own when absent). */
export function rankMatches(
  tables: ScoringTables,
  evaluation: Evaluation,
  filter?: (ordinal: number) => boolean,
  scores: Float64Array = evaluation.scores,
): SearchResult {
  const { shortIds } = evaluation;
  let candidates: Int32Array;
  if (filter === undefined) {
    candidates = new Int32Array(shortIds.length);
    for (let position = 0; position < shortIds.length; position++) candidates[position] = position;
  } else {
    const kept = new Int32Array(shortIds.length);
    let keptCount = 0;
    for (let position = 0; position < shortIds.length; position++) {
      if (filter(shortIds[position]!)) kept[keptCount++] = position;
    }
    candidates = kept.subarray(0, keptCount);
  }
  const compare = makeComparator(scores);
  // The evaluator numbers documents by their ordinals.
  const ordinalAt = (position: number): number => shortIds[position]!;
  const toArticle = (position: number): RankedArticle => new Match(evaluation, shortIds[position]!, ordinalAt(position), scores[position]!);
  let ranked: readonly RankedArticle[] | undefined;
  let ordinals: readonly number[] | undefined;
  return {
    total: candidates.length,
    get ordinals() {
      ordinals ??= Array.from(candidates, ordinalAt);
      return ordinals;
    },
    get ranked() {
      ranked ??= selectBest(candidates, candidates.length, compare).map(toArticle);
      return ranked;
    },
    top(count) {
      if (ranked !== undefined) return ranked.slice(0, count);
      return selectBest(candidates, Math.max(0, count), compare).map(toArticle);
    },
    withFilter(other) {
      return rankMatches(tables, evaluation, other, scores);
    },
    *inRankOrder() {
      let yielded = 0;
      for (let size = FIRST_SLICE; yielded < candidates.length; size *= 4) {
        const slice = this.top(size);
        for (; yielded < slice.length; yielded++) yield slice[yielded]!;
      }
    },
  };
}
