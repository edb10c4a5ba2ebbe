// Query evaluation: a MiniSearch query tree scored as MiniSearch 7 scores it, but straight off typed postings into flat arrays.

import type { QueryCombination, SearchOptions } from 'minisearch';
import { findPosting, type PostingList, postingCount } from '../index-format/term-block';
import { inverseFrequencyOf } from './bm25';
import { highestPostingScore } from './highest-posting';
import { postingListOf, type ScoringTables, type TermData, termsNear } from './term-index';
import { type ArticleOrder, scoreInWindows } from './window-scoring';

/**
 * MiniSearch's own search builds a Map entry, a terms array and a match object
 * for every article a query touches, then sorts them all: for a word in 4,000
 * of 10,000 news articles that is most of a query's time. This evaluator keeps
 * MiniSearch's scoring (BM25 per field, boosts, prefix and fuzzy weights, the
 * "distinct query terms matched" multiplier) and its order (score, then first
 * touched), so rankings stay the same, but accumulates into typed arrays and
 * works out which terms matched only for the articles a page shows.
 *
 * Supported, because the query builders use nothing else: nested OR queries
 * whose leaves are index terms, with fields, boost, prefix, fuzzy, weights,
 * maxFuzzy and bm25. Anything else is a programming error and throws. Two
 * options are ours: `typoKeep`, the letters at the start of a term that only
 * one edit of a fuzzy match may change (none, MiniSearch's behaviour, when
 * absent), and `typoLimit`, the most near terms one fuzzy term expands to
 * (all of them, MiniSearch's behaviour, when absent).
 */

const DEFAULT_WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const DEFAULT_BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const DEFAULT_MAX_FUZZY = 6;

type MiniSearchOptions = Pick<SearchOptions, 'fields' | 'boost' | 'prefix' | 'fuzzy' | 'weights' | 'maxFuzzy' | 'bm25' | 'combineWith'>;

/** Options a node sets for itself and its children. */
export interface NodeOptions extends MiniSearchOptions {
  /** Letters at the start of a term that only one edit of a fuzzy match may change (see termsNear). */
  readonly typoKeep?: number;
  /** The most near terms a fuzzy term expands to, the nearest first (see termsNear). */
  readonly typoLimit?: number;
}

/** MiniSearch's query tree (without the wildcard), whose nodes may also set `typoKeep` and `typoLimit`. */
export type SearchQuery =
  | string
  | (Omit<QueryCombination, 'queries'> & { queries: SearchQuery[]; readonly typoKeep?: number; readonly typoLimit?: number });

/** One scored (term, field) pair, kept so a page can ask which terms an article matched. */
interface Contribution {
  readonly term: string;
  readonly list: PostingList;
  /** True when the term is a typo correction (a fuzzy match) of a query term. */
  readonly corrected: boolean;
}

/** One posting list to score, in the tree's order: what planning a query leaves for scoring. */
export interface ScoringJob {
  readonly bit: number;
  readonly term: string;
  readonly list: PostingList;
  readonly fieldId: number;
  /** The term's weight (prefix or typo) times the field's boost. */
  readonly weight: number;
  readonly bm25: { readonly k: number; readonly b: number; readonly d: number };
  readonly corrected: boolean;
}

/** A query tree resolved to the posting lists it scores, in order, and its query terms' bits. */
export interface EvaluationPlan {
  readonly jobs: readonly ScoringJob[];
  readonly termBits: ReadonlyMap<string, number>;
  readonly maskWords: number;
}

/** The leaves of a tree, in order: the query terms that MiniSearch counts for its matched-terms multiplier. */
function collectTerms(node: SearchQuery, into: Map<string, number>): void {
  if (typeof node === 'string') {
    if (node !== '' && !into.has(node)) into.set(node, into.size);
    return;
  }
  if (typeof node === 'symbol') throw new Error('evaluateQuery: the wildcard query is not supported');
  for (const child of node.queries) collectTerms(child, into);
}

/** What a tree's evaluation leaves behind: every touched article's score and matched query terms. */
export interface Evaluation {
  /** Short ids in the order first touched (MiniSearch's tie-break order), unless evaluated in 'any' order. */
  readonly shortIds: Int32Array;
  /** Each touched article's score: its summed BM25 × the number of distinct query terms it matched, as MiniSearch scores. */
  readonly scores: Float64Array;
  readonly contributions: readonly Contribution[];
  /** Each query term's bit in `termMasks` (the leaves of the tree, in order). */
  readonly termBits: ReadonlyMap<string, number>;
  /** Per touched article, `maskWords` words of bits: which query terms it matched (for coordination ranking). */
  readonly termMasks: Uint32Array;
  readonly maskWords: number;
}

/** Walks a query tree into the posting lists it scores. */
class Planner {
  readonly jobs: ScoringJob[] = [];
  /** A typo query names the same word for the exact and the stem fields: walk the tree for it once. */
  private readonly nearTerms = new Map<string, Map<string, [TermData, number]>>();

  constructor(
    private readonly tables: ScoringTables,
    private readonly termBits: ReadonlyMap<string, number>,
  ) {}

  visit(node: SearchQuery, inherited: NodeOptions): void {
    if (typeof node === 'string') {
      if (node !== '') this.planTerm(node, inherited);
      return;
    }
    if (typeof node === 'symbol') throw new Error('evaluateQuery: the wildcard query is not supported');
    const { queries, ...own } = node;
    const options: NodeOptions = { ...inherited, ...own };
    if (options.combineWith !== undefined && options.combineWith.toUpperCase() !== 'OR') {
      throw new Error(`evaluateQuery: only OR queries are supported, not ${options.combineWith}`);
    }
    for (const child of queries) this.visit(child, options);
  }

  private planTerm(term: string, options: NodeOptions): void {
    if (typeof options.prefix === 'function' || typeof options.fuzzy === 'function') {
      throw new Error('evaluateQuery: prefix and fuzzy must be booleans or numbers, not functions');
    }
    const bit = this.termBits.get(term)!;
    const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
    const { terms } = this.tables;
    this.planDerived(bit, term, 1, terms.get(term), options);
    let fuzzyMatches: Map<string, [TermData, number]> | undefined;
    if (options.fuzzy !== undefined && options.fuzzy !== false) {
      const fuzzy = options.fuzzy === true ? 0.2 : options.fuzzy;
      const maxDistance = fuzzy < 1 ? Math.min(options.maxFuzzy ?? DEFAULT_MAX_FUZZY, Math.round(term.length * fuzzy)) : fuzzy;
      if (maxDistance) fuzzyMatches = this.termsWithin(term, maxDistance, options.typoKeep ?? 0, options.typoLimit, options.prefix === true);
    }
    if (options.prefix === true) {
      for (const [completion, data] of terms.completions(term)) {
        const distance = completion.length - term.length;
        if (distance === 0) continue;
        // A completion that is also within the edit distance counts once, as a completion.
        fuzzyMatches?.delete(completion);
        const weight = (weights.prefix * completion.length) / (completion.length + 0.3 * distance);
        this.planDerived(bit, completion, weight, data, options);
      }
    }
    if (fuzzyMatches !== undefined) {
      for (const [near, [data, distance]] of fuzzyMatches) {
        if (distance === 0) continue;
        this.planDerived(bit, near, (weights.fuzzy * near.length) / (near.length + distance), data, options, true);
      }
    }
  }

  /** Terms within `maxDistance` edits of `term`; a private copy when the prefix pass will remove entries from it. */
  private termsWithin(
    term: string,
    maxDistance: number,
    kept: number,
    limit: number | undefined,
    willEdit: boolean,
  ): Map<string, [TermData, number]> {
    const key = `${maxDistance}:${kept}:${limit ?? ''}:${term}`;
    let found = this.nearTerms.get(key);
    if (found === undefined) {
      found = termsNear(this.tables, term, maxDistance, kept, limit);
      this.nearTerms.set(key, found);
    }
    return willEdit ? new Map(found) : found;
  }

  private planDerived(bit: number, term: string, termWeight: number, data: TermData | undefined, options: NodeOptions, corrected = false): void {
    if (data === undefined || data === null) return;
    const { fieldIds } = this.tables;
    const fields = options.fields ?? Object.keys(fieldIds);
    for (let position = 0; position < fields.length; position++) {
      const field = fields[position]!;
      // MiniSearch keys its boosts by field name, so a field named twice is scored once.
      if (fields.indexOf(field) !== position) continue;
      const fieldId = fieldIds[field];
      if (fieldId === undefined) continue;
      const list = postingListOf(data, fieldId);
      if (list === null) continue;
      const boost = (Object.hasOwn(options.boost ?? {}, field) ? options.boost![field] : undefined) || 1;
      this.jobs.push({ bit, term, list, fieldId, weight: termWeight * boost, bm25: options.bm25 ?? DEFAULT_BM25, corrected });
    }
  }
}

/** The most one posting of a job's list adds to an article's summed score: its highest posting's score, weighted as the evaluator weighs it. */
export function maxContribution(tables: ScoringTables, job: ScoringJob): number {
  const inverseFrequency = inverseFrequencyOf(tables.documentCount, postingCount(job.list));
  const { k, b, d } = job.bm25;
  return job.weight * highestPostingScore(job.list, inverseFrequency, tables.averageFieldLength[job.fieldId]!, k, b, d);
}

/** Resolves a query tree to the posting lists it scores. `options` are the search-wide defaults (weights, bm25, …). */
export function planEvaluation(tables: ScoringTables, query: SearchQuery, options: NodeOptions = {}): EvaluationPlan {
  const termBits = new Map<string, number>();
  collectTerms(query, termBits);
  const planner = new Planner(tables, termBits);
  planner.visit(query, options);
  return { jobs: planner.jobs, termBits, maskWords: Math.max(1, Math.ceil(termBits.size / 32)) };
}

/**
 * Scores a plan: every article it reaches, or with `admits` (a flag per job)
 * only those an admitting job holds; `outside` counts the rest once each.
 * Articles come in touch order, what ties are broken by, unless `order` is 'any'.
 */
export function evaluatePlan(
  tables: ScoringTables,
  plan: EvaluationPlan,
  admits?: readonly boolean[],
  order: ArticleOrder = 'touch',
): Evaluation & { readonly outside: number } {
  const { shortIds, scores, termMasks, outside } = scoreInWindows(tables, plan.jobs, plan.maskWords, admits, order);
  const contributions = plan.jobs.map(({ term, list, corrected }) => ({ term, list, corrected }));
  return { shortIds, scores, contributions, termBits: plan.termBits, termMasks, maskWords: plan.maskWords, outside };
}

/** Scores every article a query tree reaches. `options` are the search-wide defaults (weights, bm25, …). */
export function evaluateQuery(tables: ScoringTables, query: SearchQuery, options: NodeOptions = {}): Evaluation {
  return evaluatePlan(tables, planEvaluation(tables, query, options));
}

const foundPosting = new Int32Array(2);

/** Whether `shortId` is in a posting list (a list read in blocks decodes one block). */
export function listHolds(list: PostingList, shortId: number): boolean {
  return findPosting(list, shortId, foundPosting);
}

/** The index terms (as matched, completions and near spellings included; only the near spellings when `correctedOnly`) behind one article's score, first matched first. */
export function matchedTermsOf(evaluation: Pick<Evaluation, 'contributions'>, shortId: number, correctedOnly = false): string[] {
  const terms: string[] = [];
  for (const { term, list, corrected } of evaluation.contributions) {
    if ((corrected || !correctedOnly) && !terms.includes(term) && listHolds(list, shortId)) terms.push(term);
  }
  return terms;
}
