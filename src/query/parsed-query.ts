// The parsed query's shape: what the parser hands to the caps and to search, in a module both import.

import type { WordAnalysis } from '../analysis/pipeline';

/** A query word as typed, with its analysis. */
export interface QueryWord {
  readonly text: string;
  readonly analysis: WordAnalysis;
  /** True for the last word while the reader may still be typing it. */
  readonly prefix: boolean;
}

/** A quoted phrase: its words must stand in this order (stop words between them are skipped). */
export interface QueryPhrase {
  readonly text: string;
  readonly words: readonly QueryWord[];
  /** `-"…"`: articles holding the phrase are excluded. */
  readonly negated: boolean;
}

export interface ParsedQuery {
  /** Every word that scores: the optional words and the words of positive phrases. */
  readonly words: readonly QueryWord[];
  /** Phrases an article must contain (or, negated, must not). */
  readonly phrases: readonly QueryPhrase[];
  /** `-word`: articles holding any analysed form of these words are excluded. */
  readonly exclusions: readonly QueryWord[];
}
