// One corpus's figures in the scale bench: build, footprint and the medians of the fresh-process probes.

import type { Spread } from '../stats';
import type { BuildRun } from './build-in-child';
import type { IndexFootprint } from './index-footprint';
import type { ProbeMeasurement } from './probe-engine';

/** The probes' medians (cold start with its spread); the most files one query read is the most over every probe. */
export interface ProbeSummary extends Omit<ProbeMeasurement, 'coldMs'> {
  readonly coldMs: Spread;
  readonly runs: number;
}

export interface ScaleResult {
  readonly corpus: string;
  readonly content: readonly string[];
  readonly articles: number | null;
  /** Null when an existing index was measured without building it. */
  readonly build: BuildRun | null;
  /** Null when the build refused or failed: there is no index to measure. */
  readonly index: IndexFootprint | null;
  readonly probe: ProbeSummary | null;
}
