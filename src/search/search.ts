// Search: a parsed query → articles ranked by MiniSearch's BM25 over exact and stem fields.

import type { Query, SearchOptions } from 'minisearch';
import { STEM_FIELDS, SURFACE_FIELDS } from '../index-format/search-options';
import type { Engine } from '../loading/load-engine';
import type { ParsedQuery, QueryWord } from '../query/parse-query';
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

/** Every article matching any query word, best first. */
export function searchArticles(engine: Engine, query: ParsedQuery): SearchResult {
  if (query.words.length === 0) return { total: 0, ranked: [] };
  const results = engine.index.search({ combineWith: 'OR', queries: query.words.map((word) => wordQuery(word, engine.manifest.boosts ?? {})) }, BASE_OPTIONS);
  const ranked = results.map((result) => ({
    ordinal: result.id as number,
    score: result.score,
    matchedTerms: result.terms,
  }));
  return { total: ranked.length, ranked };
}
