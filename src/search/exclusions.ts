// Exclusions: `-word` → the articles holding any form of the word the analyser connects (its exact form or a shared stem).

import { STEM_FIELDS, SURFACE_FIELDS } from '../index-format/search-options';
import type { Engine } from '../loading/load-engine';
import type { QueryWord } from '../query/parse-query';
import type { SearchQuery } from './evaluate-query';
import { evaluateQuery } from './evaluate-query';
import { scoringTablesOf } from './term-index';

/** The ordinals of every article holding one of the words in any field. */
export function findExcludedOrdinals(engine: Engine, words: readonly QueryWord[]): Set<number> {
  if (words.length === 0) return new Set();
  const query: SearchQuery = {
    combineWith: 'OR',
    queries: words.flatMap((word) => [
      { queries: [word.analysis.surface], fields: [...SURFACE_FIELDS] },
      { queries: [...word.analysis.stemFieldTerms], fields: [...STEM_FIELDS] },
    ]),
  };
  return new Set(evaluateQuery(scoringTablesOf(engine), query).shortIds);
}
