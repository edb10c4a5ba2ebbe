// Search: a parsed query → articles ranked by MiniSearch's BM25 over exact and stem fields.

import type { Query, SearchOptions } from 'minisearch';
import { STEM_FIELDS, SURFACE_FIELDS } from '../index-format/search-options';
import type { Engine } from '../loading/load-engine';
import type { ParsedQuery, QueryWord } from '../query/parse-query';
import { restrictToFields, type SearchField } from './field-restriction';
import { PREFIX_WEIGHT, STEM_BOOSTS, SURFACE_BOOSTS } from './ranking';

/** One ranked article: its ordinal in the catalog and the index terms it matched. */
export interface RankedArticle {
  readonly ordinal: number;
  readonly score: number;
  readonly matchedTerms: readonly string[];
}

export interface SearchResult {
  readonly total: number;
  readonly ranked: readonly RankedArticle[];
}

const identity = (text: string): string => text;
const single = (text: string): string[] => [text];

type Boosts = Readonly<Partial<Record<string, number>>>;

/** One query word: its exact form in the exact fields, its stems in the stem fields. */
function wordQuery(word: QueryWord, configured: Boosts): Query {
  return {
    combineWith: 'OR',
    queries: [
      { queries: [word.analysis.surface], fields: [...SURFACE_FIELDS], boost: { ...SURFACE_BOOSTS, ...configured }, prefix: word.prefix },
      { queries: [...word.analysis.stems], fields: [...STEM_FIELDS], boost: { ...STEM_BOOSTS, ...configured }, prefix: word.prefix },
    ],
  };
}

const BASE_OPTIONS: SearchOptions = {
  tokenize: single,
  processTerm: identity,
  weights: { fuzzy: 0.45, prefix: PREFIX_WEIGHT },
};

/** What may narrow a search: the fields searched and which articles may match at all. */
export interface SearchArticlesOptions {
  /** Search only these fields (title, body); all when absent. */
  readonly fields?: readonly SearchField[];
  /** Keeps an article (by ordinal) in the results only when this returns true. */
  readonly filter?: (ordinal: number) => boolean;
}

/** Every article matching any query word, best first. */
export function searchArticles(engine: Engine, query: ParsedQuery, options: SearchArticlesOptions = {}): SearchResult {
  if (query.words.length === 0) return { total: 0, ranked: [] };
  const tree: Query = { combineWith: 'OR', queries: query.words.map((word) => wordQuery(word, engine.manifest.boosts ?? {})) };
  const { filter, fields } = options;
  const results = engine.index.search(fields === undefined ? tree : restrictToFields(tree, fields), {
    ...BASE_OPTIONS,
    ...(filter === undefined ? {} : { filter: (result) => filter(result.id as number) }),
  });
  const ranked = results.map((result) => ({
    ordinal: result.id as number,
    score: result.score,
    matchedTerms: result.terms,
  }));
  return { total: ranked.length, ranked };
}
