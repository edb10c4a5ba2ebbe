// Exclusions: `-word` → the articles holding any form of the word the analyser connects (its exact form or a shared stem).

import type { Query } from 'minisearch';
import { STEM_FIELDS, SURFACE_FIELDS } from '../index-format/search-options';
import type { Engine } from '../loading/load-engine';
import type { QueryWord } from '../query/parse-query';

const identity = (text: string): string => text;
const single = (text: string): string[] => [text];

/** The ordinals of every article holding one of the words in any field. */
export function findExcludedOrdinals(engine: Engine, words: readonly QueryWord[]): Set<number> {
  if (words.length === 0) return new Set();
  const query: Query = {
    combineWith: 'OR',
    queries: words.flatMap((word) => [
      { queries: [word.analysis.surface], fields: [...SURFACE_FIELDS] },
      { queries: [...word.analysis.stems], fields: [...STEM_FIELDS] },
    ]),
  };
  const results = engine.index.search(query, { tokenize: single, processTerm: identity });
  return new Set(results.map((result) => result.id as number));
}
