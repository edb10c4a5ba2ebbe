// Scoring scratch space: one set of per-article buffers per loaded index, so a query allocates nothing in proportion to the corpus.

import type { ScoringTables } from './term-index';

/**
 * Reusable per-index buffers: a query touches them, then resets what it
 * touched. Sharing them is safe because a query is evaluated synchronously,
 * start to finish, so no two evaluations ever interleave in an isolate.
 */
export interface Scratch {
  scores: Float64Array;
  touched: Int32Array;
  masks: Uint32Array;
  maskWords: number;
  /** Distinct query terms matched so far per article; 0 means not touched yet. */
  termCounts: Uint16Array;
}

const scratchByTables = new WeakMap<ScoringTables, Scratch>();

/** The index's buffers, grown to hold `maskWords` words of matched-term bits per article. */
export function scratchFor(tables: ScoringTables, maskWords: number): Scratch {
  let scratch = scratchByTables.get(tables);
  if (scratch === undefined) {
    const size = tables.shortIdLimit;
    scratch = {
      scores: new Float64Array(size),
      touched: new Int32Array(size),
      masks: new Uint32Array(size * maskWords),
      maskWords,
      termCounts: new Uint16Array(size),
    };
    scratchByTables.set(tables, scratch);
  }
  if (scratch.maskWords < maskWords) {
    scratch.masks = new Uint32Array(tables.shortIdLimit * maskWords);
    scratch.maskWords = maskWords;
  }
  return scratch;
}
