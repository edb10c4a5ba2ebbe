// Search: a parsed query → articles ranked by BM25 over exact, clitic-free, stem, root, typo, month and cross-script (Latin → Arabic) matches.

import { analyzeWord, analyzeWordPair, latinQueryKeys } from '../analysis/pipeline';
import { withoutAddedClitics } from '../analysis/stem';
import { KEY_FIELDS, ROOT_FIELDS, STEM_FIELDS, SURFACE_FIELDS } from '../index-format/search-options';
import type { Engine } from '../loading/load-engine';
import type { ParsedQuery, QueryWord } from '../query/parse-query';
import { BestRescored, boundTiersFor, type Declined, rankTopByBounds, ScoredShortLists } from './bounded-top-k';
import { coordinate, wordsOfTerms } from './coordination';
import type { NodeOptions, SearchQuery } from './evaluate-query';
import { type EvaluationPlan, evaluatePlan, planEvaluation } from './evaluate-query';
import { restrictToFields, type SearchField } from './field-restriction';
import { completesAsPrefix } from './guessed-readings';
import { rankMatches, type SearchResult } from './rank-matches';
import { BM25_PARAMETERS, CLITIC_READING_BOOSTS, KEY_BOOSTS, PREFIX_WEIGHT, ROOT_BOOSTS, STEM_BOOSTS, SURFACE_BOOSTS, TYPO_WEIGHT } from './ranking';
import { postingCountOf, type ScoringTables, scoringTablesOf } from './term-index';
import { longListFor, rankTopOnly } from './top-k';
import { typoQueries } from './typo-policy';

export type { RankedArticle, SearchResult } from './rank-matches';

type Boosts = Readonly<Partial<Record<string, number>>>;

/**
 * One query word: its exact form in the exact fields, the form without a
 * clitic the reader added also in the exact fields, its stems in the stem
 * fields, its root in the root fields. Boosts configured at build time (search.config.json) override the defaults.
 */
function wordQuery(engine: Engine, word: QueryWord, configured: Boosts): SearchQuery {
  const { surface } = word.analysis;
  return {
    combineWith: 'OR',
    queries: [
      { queries: [surface], fields: [...SURFACE_FIELDS], boost: { ...SURFACE_BOOSTS, ...configured }, prefix: word.prefix },
      ...byCompletion(word, word.analysis.stemFieldTerms, { fields: [...STEM_FIELDS], boost: { ...STEM_BOOSTS, ...configured } }),
      ...byCompletion(word, withoutAddedClitics(surface), { fields: [...SURFACE_FIELDS], boost: { ...CLITIC_READING_BOOSTS, ...configured } }),
      ...wholeWordStems(word, configured),
      ...rootReadings(engine, word, configured),
    ],
  };
}

/**
 * Whether a word's root adds recall: not when the word itself is in a long
 * posting list (top-k.ts), since it then finds articles aplenty, and its root
 * would add every article of its family (تونس, misread as ت + ونس, meets
 * the family of أنس) and one more long list to score in full.
 */
function rootAddsRecall(engine: Engine, word: QueryWord): boolean {
  const data = engine.terms.get(word.analysis.surface);
  if (data === undefined) return true;
  const long = longListFor(engine.manifest.documentCount);
  return SURFACE_FIELDS.every((field) => postingCountOf(data.postingList(engine.fieldIds[field]!)) < long);
}

/** A complete word's root in the root fields, below its stems; a word still being typed has no root yet. */
function rootReadings(engine: Engine, word: QueryWord, configured: Boosts): SearchQuery[] {
  const roots = word.analysis.rootTerms;
  // The dictionary is asked only for a word that has a root to add.
  return roots.length === 0 || !rootAddsRecall(engine, word)
    ? []
    : [{ queries: [...roots], fields: [...ROOT_FIELDS], boost: { ...ROOT_BOOSTS, ...configured }, prefix: false }];
}

/** Readings of a word searched alike, split into those that complete as prefixes and those searched whole (see completesAsPrefix). */
function byCompletion(word: QueryWord, readings: readonly string[], options: Pick<NodeOptions, 'fields' | 'boost'>): SearchQuery[] {
  const prefixed = readings.filter((reading) => word.prefix && completesAsPrefix(word.analysis.surface, reading));
  const whole = readings.filter((reading) => !prefixed.includes(reading));
  return [
    ...(prefixed.length > 0 ? [{ ...options, queries: prefixed, prefix: true }] : []),
    ...(whole.length > 0 ? [{ ...options, queries: whole, prefix: false }] : []),
  ];
}

/**
 * The word being typed may already be whole: its stems as a finished word, in
 * the stem fields. Without them مهرجان typed without a space would miss
 * المهرجان, whose indexed stem is مهرج (the suffix stripped), until the
 * reader typed the space; a prefix reading keeps every letter.
 */
function wholeWordStems(word: QueryWord, configured: Boosts): SearchQuery[] {
  if (!word.prefix) return [];
  const whole = analyzeWord(word.text);
  const stems = whole?.stemFieldTerms.filter((stem) => !word.analysis.stemFieldTerms.includes(stem)) ?? [];
  return stems.length === 0 ? [] : [{ queries: stems, fields: [...STEM_FIELDS], boost: { ...STEM_BOOSTS, ...configured } }];
}

const NO_MATCHES: SearchResult = { total: 0, ranked: [], ordinals: [], top: () => [], inRankOrder: () => [], withFilter: () => NO_MATCHES };

/** Month keys of adjacent query words that name a month together (تشرين الثاني), matched like stems. */
function monthPairQueries(words: readonly QueryWord[]): { words: number[]; query: SearchQuery }[] {
  return words.slice(1).flatMap((second, index) => {
    const key = analyzeWordPair(words[index]!.text, second.text);
    return key === undefined ? [] : [{ words: [index, index + 1], query: { queries: [key], fields: [...STEM_FIELDS], boost: { ...STEM_BOOSTS } } }];
  });
}

/** A Latin query word also looks for its name written in Arabic, through its cross-script keys, below native matches. */
function transliterationQueries(words: readonly QueryWord[]): { word: number; query: SearchQuery }[] {
  return words.flatMap((word, index) => {
    const keys = latinQueryKeys(word.analysis);
    return keys.length === 0 ? [] : [{ word: index, query: { queries: keys, fields: [...KEY_FIELDS], boost: { ...KEY_BOOSTS } } }];
  });
}

/** What may narrow a search: the fields searched and which articles may match at all. */
export interface SearchArticlesOptions {
  /** Search only these fields (title, body); all when absent. */
  readonly fields?: readonly SearchField[];
  /** Keeps an article (by ordinal) in the results only when this returns true. */
  readonly filter?: (ordinal: number) => boolean;
  /**
   * Only the best `keep` are read in order (the total still counts every
   * match): articles found only through the query's common words need not be
   * scored (see top-k.ts). Reading more evaluates in full.
   */
  readonly keep?: number;
}

/** A query tree, and which query words each of its terms stands for (see coordination.ts). */
interface QueryPlan {
  readonly tree: SearchQuery;
  readonly termWords: Map<string, number>;
}

/** Per word its exact, stem and clitic-free readings, plus typo, month-pair and cross-script queries, in the tree's order. */
function planQuery(engine: Engine, query: ParsedQuery, fields?: readonly SearchField[]): QueryPlan {
  const configured = engine.manifest.boosts ?? {};
  const readings = query.words.map((word) => wordQuery(engine, word, configured));
  const typos = query.words.map((word) => typoQueries(engine, word));
  const pairs = monthPairQueries(query.words);
  const keys = transliterationQueries(query.words);
  const parts = query.words.map((_word, index) => [
    readings[index]!,
    ...typos[index]!,
    ...pairs.filter((pair) => pair.words.includes(index)).map((pair) => pair.query),
    ...keys.filter((key) => key.word === index).map((key) => key.query),
  ]);
  const queries = [...readings, ...typos.flat(), ...pairs.map((pair) => pair.query), ...keys.map((key) => key.query)];
  const tree: SearchQuery = { combineWith: 'OR', queries };
  return { tree: fields === undefined ? tree : restrictToFields(tree, fields), termWords: wordsOfTerms(parts) };
}

/** The query tree of a parsed query: per word its exact, stem and clitic-free readings, plus typo, month-pair and cross-script queries. */
export function buildQueryTree(engine: Engine, query: ParsedQuery, fields?: readonly SearchField[]): SearchQuery {
  return planQuery(engine, query, fields).tree;
}

/** The search-wide options every query tree is scored with. */
export const SEARCH_DEFAULTS = {
  weights: { fuzzy: TYPO_WEIGHT, prefix: PREFIX_WEIGHT },
  bm25: BM25_PARAMETERS,
} as const;

/** A query made ready to score: the index's tables, the posting lists to score, and which query words each term stands for. */
export interface SearchPlan {
  readonly tables: ScoringTables;
  readonly plan: EvaluationPlan;
  readonly termWords: ReadonlyMap<string, number>;
}

/** Plans a parsed query with words (see planQuery) down to the posting lists it scores. */
export function planSearch(engine: Engine, query: ParsedQuery, fields?: readonly SearchField[]): SearchPlan {
  const tables = scoringTablesOf(engine);
  const { tree, termWords } = planQuery(engine, query, fields);
  return { tables, plan: planEvaluation(tables, tree, SEARCH_DEFAULTS), termWords };
}

/** Every article a planned search reaches, ranked under coordination, minus those `filter` rejects. */
export function rankInFull({ tables, plan, termWords }: SearchPlan, filter?: (ordinal: number) => boolean): SearchResult {
  const evaluation = evaluatePlan(tables, plan);
  return rankMatches(tables, evaluation, filter, coordinate(evaluation, termWords));
}

/** Which ranker settled a page: bounds (at which tier), the scan of top-k.ts, or a full evaluation. */
export type SettledBy = `bounds, tier ${number}` | 'scan' | 'full evaluation';

/**
 * The best `keep` articles of a planned search: by bounds, tier by tier
 * (boundTiersFor), then by the scan, then in full. Every way gives the same
 * page; they differ in what they read.
 */
export function rankTop(
  planned: SearchPlan,
  keep: number,
  exhaustive: () => SearchResult,
  tiers: readonly number[] = boundTiersFor(planned.tables.documentCount),
): { readonly result: SearchResult; readonly settledBy: SettledBy } {
  const { tables, plan, termWords } = planned;
  let declined: Declined = 'try-scan';
  const best = new BestRescored(keep);
  const scored = new ScoredShortLists();
  for (const [tier, long] of tiers.entries()) {
    // Before the last tier, many articles to rescore are better left to the next tier, which skips fewer lists; the
    // last rescores as many as are cheaper than the scan (rescoreLimit).
    const bounded = rankTopByBounds(tables, plan, termWords, keep, exhaustive, { long, laterTier: tier < tiers.length - 1, best, scored });
    if (typeof bounded !== 'string') return { result: bounded, settledBy: `bounds, tier ${tier + 1}` };
    declined = bounded;
  }
  // The scan skips the lists the last tier skipped, so it cannot settle what that tier found unsafe.
  const scanned = declined === 'evaluate-in-full' ? undefined : rankTopOnly(tables, plan, termWords, keep, exhaustive);
  return scanned === undefined ? { result: exhaustive(), settledBy: 'full evaluation' } : { result: scanned, settledBy: 'scan' };
}

/** Every article matching any query word, best first. */
export function searchArticles(engine: Engine, query: ParsedQuery, options: SearchArticlesOptions = {}): SearchResult {
  if (query.words.length === 0) return NO_MATCHES;
  const planned = planSearch(engine, query, options.fields);
  // A run that lacked a term block is repeated once it is read: ranking the words it did find would be thrown away.
  // At a million articles under the cache budget such runs ranked common words in full: most of the slowest answers' time.
  if (engine.terms.lacksPieces()) return NO_MATCHES;
  const exhaustive = (): SearchResult => rankInFull(planned, options.filter);
  if (options.keep === undefined || options.filter !== undefined) return exhaustive();
  return rankTop(planned, options.keep, exhaustive).result;
}

/** `searchArticles` with the dictionary pieces it needs read first: what callers outside a request pipeline use. */
export function findArticles(engine: Engine, query: ParsedQuery, options: SearchArticlesOptions = {}): Promise<SearchResult> {
  return engine.complete(() => searchArticles(engine, query, options));
}
