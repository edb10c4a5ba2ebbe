// Term frequencies: how many articles hold each index term that a prefix or a fuzzy lookup reaches, read from the index alone.

import type { Query } from 'minisearch';
import { STEM_FIELDS, SURFACE_FIELDS } from '../index-format/search-options';
import type { Engine } from '../loading/load-engine';
import type { WordAnalysis } from '../analysis/pipeline';

const identity = (text: string): string => text;
const single = (text: string): string[] => [text];

export interface TermReach {
  readonly prefix?: boolean;
  readonly fuzzy?: number;
}

/** Exact-form terms reached from `term` (by prefix or within an edit distance) → the articles (ordinals) holding each. */
export function findReachedTerms(engine: Engine, term: string, reach: TermReach): Map<string, number[]> {
  const query: Query = { queries: [term], fields: [...SURFACE_FIELDS], prefix: reach.prefix ?? false, fuzzy: reach.fuzzy ?? false };
  const holders = new Map<string, number[]>();
  for (const result of engine.index.search(query, { tokenize: single, processTerm: identity, maxFuzzy: 2 })) {
    for (const reached of result.terms) {
      const list = holders.get(reached);
      if (list === undefined) holders.set(reached, [result.id as number]);
      else list.push(result.id as number);
    }
  }
  return holders;
}

/** Exact-form terms reached from `term` → the number of articles holding each. */
export function countReachedTerms(engine: Engine, term: string, reach: TermReach): Map<string, number> {
  return new Map([...findReachedTerms(engine, term, reach)].map(([reached, ordinals]) => [reached, ordinals.length]));
}

/** The number of articles a word finds: its exact form or any of its stems. */
export function countWordArticles(engine: Engine, analysis: WordAnalysis): number {
  const query: Query = {
    combineWith: 'OR',
    queries: [
      { queries: [analysis.surface], fields: [...SURFACE_FIELDS] },
      { queries: [...analysis.stems], fields: [...STEM_FIELDS] },
    ],
  };
  return engine.index.search(query, { tokenize: single, processTerm: identity }).length;
}
