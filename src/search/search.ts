// Search: a parsed query → articles ranked by BM25 over exact, clitic-free, stem, typo, month and cross-script (Latin → Arabic) matches.

import type { SearchQuery } from './evaluate-query';
import { analyzeWord, analyzeWordPair, latinQueryKeys } from '../analysis/pipeline';
import { withoutAddedClitics } from '../analysis/stem';
import { KEY_FIELDS, STEM_FIELDS, SURFACE_FIELDS } from '../index-format/search-options';
import type { Engine } from '../loading/load-engine';
import type { ParsedQuery, QueryWord } from '../query/parse-query';
import { evaluateQuery } from './evaluate-query';
import { restrictToFields, type SearchField } from './field-restriction';
import { rankMatches, type SearchResult } from './rank-matches';
import { BM25_PARAMETERS, CLITIC_READING_BOOSTS, KEY_BOOSTS, PREFIX_WEIGHT, TYPO_WEIGHT, STEM_BOOSTS, SURFACE_BOOSTS } from './ranking';
import { scoringTablesOf } from './term-index';
import { typoQueries } from './typo-policy';

export type { RankedArticle, SearchResult } from './rank-matches';

type Boosts = Readonly<Partial<Record<string, number>>>;

/**
 * One query word: its exact form in the exact fields, the form without a
 * clitic the reader added also in the exact fields, its stems in the stem
 * fields. Boosts configured at build time (search.config.json) override the defaults.
 */
function wordQuery(word: QueryWord, configured: Boosts): SearchQuery {
  return {
    combineWith: 'OR',
    queries: [
      { queries: [word.analysis.surface], fields: [...SURFACE_FIELDS], boost: { ...SURFACE_BOOSTS, ...configured }, prefix: word.prefix },
      { queries: [...word.analysis.stems], fields: [...STEM_FIELDS], boost: { ...STEM_BOOSTS, ...configured }, prefix: word.prefix },
      { queries: withoutAddedClitics(word.analysis.surface), fields: [...SURFACE_FIELDS], boost: { ...CLITIC_READING_BOOSTS, ...configured }, prefix: word.prefix },
      ...wholeWordStems(word, configured),
    ],
  };
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
  const stems = whole?.stems.filter((stem) => !word.analysis.stems.includes(stem)) ?? [];
  return stems.length === 0 ? [] : [{ queries: stems, fields: [...STEM_FIELDS], boost: { ...STEM_BOOSTS, ...configured } }];
}

const NO_MATCHES: SearchResult = { total: 0, ranked: [], ordinals: [], top: () => [], inRankOrder: () => [], withFilter: () => NO_MATCHES };

/** Month keys of adjacent query words that name a month together (تشرين الثاني), matched like stems. */
function monthPairQueries(words: readonly QueryWord[]): SearchQuery[] {
  return words.slice(1).flatMap((second, index) => {
    const key = analyzeWordPair(words[index]!.text, second.text);
    return key === undefined ? [] : [{ queries: [key], fields: [...STEM_FIELDS], boost: { ...STEM_BOOSTS } }];
  });
}

/** A Latin query word also looks for its name written in Arabic, through its cross-script keys, below native matches. */
function transliterationQueries(words: readonly QueryWord[]): SearchQuery[] {
  return words
    .map((word) => latinQueryKeys(word.analysis))
    .filter((keys) => keys.length > 0)
    .map((keys) => ({ queries: keys, fields: [...KEY_FIELDS], boost: { ...KEY_BOOSTS } }));
}

/** What may narrow a search: the fields searched and which articles may match at all. */
export interface SearchArticlesOptions {
  /** Search only these fields (title, body); all when absent. */
  readonly fields?: readonly SearchField[];
  /** Keeps an article (by ordinal) in the results only when this returns true. */
  readonly filter?: (ordinal: number) => boolean;
}

/** The query tree of a parsed query: per word its exact, stem and clitic-free readings, plus typo, month-pair and cross-script queries. */
export function buildQueryTree(engine: Engine, query: ParsedQuery, fields?: readonly SearchField[]): SearchQuery {
  const configured = engine.manifest.boosts ?? {};
  const queries = [
    ...query.words.map((word) => wordQuery(word, configured)),
    ...query.words.flatMap((word) => typoQueries(engine, word)),
    ...monthPairQueries(query.words),
    ...transliterationQueries(query.words),
  ];
  const tree: SearchQuery = { combineWith: 'OR', queries };
  return fields === undefined ? tree : restrictToFields(tree, fields);
}

/** The search-wide options every query tree is scored with. */
export const SEARCH_DEFAULTS = {
  weights: { fuzzy: TYPO_WEIGHT, prefix: PREFIX_WEIGHT },
  bm25: BM25_PARAMETERS,
} as const;

/** Every article matching any query word, best first. */
export function searchArticles(engine: Engine, query: ParsedQuery, options: SearchArticlesOptions = {}): SearchResult {
  if (query.words.length === 0) return NO_MATCHES;
  const tables = scoringTablesOf(engine);
  const evaluation = evaluateQuery(tables, buildQueryTree(engine, query, options.fields), SEARCH_DEFAULTS);
  return rankMatches(tables, evaluation, options.filter);
}
