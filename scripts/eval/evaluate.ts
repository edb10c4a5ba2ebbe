// One evaluation run: build the engine once, rank every query (clean and, optionally, perturbed), score the rankings.

import type { Article } from '../../src/content/article';
import type { BuildOptions } from '../../src/indexing/build-index';
import type { Engine } from '../../src/loading/load-engine';
import { CUTOFF, type QueryScores, type Summary, scoreRanking, summarize } from './metrics';
import { perturbQuery } from './perturb';
import type { RelevanceSet } from './relevance-set';
import { buildSizedEngine, rankArticleIds } from './search-engine';

export interface EvaluateOptions {
  readonly perturb: boolean;
  /** Field boosts from search.config.json, so the figures are those of the index build:index writes. */
  readonly boosts?: BuildOptions['boosts'];
}

/** Enough of the ranking to report where a missed article ended up. */
const RANK_DEPTH = 1000;

export interface QueryOutcome {
  readonly id: string;
  readonly text: string;
  readonly expected: readonly string[];
  readonly top: readonly string[];
  readonly scores: QueryScores;
}

export interface Evaluation {
  readonly summaries: {
    clean: Summary;
    perturbed?: Summary & { mrrRatio: number };
    articles: number;
    indexBytes: number;
    buildSeconds: number;
    queryMilliseconds: number;
  };
  readonly outcomes: readonly QueryOutcome[];
  readonly perturbedOutcomes: readonly QueryOutcome[];
}

async function runQueries(engine: Engine, set: RelevanceSet, rewrite: (id: string, text: string) => string): Promise<QueryOutcome[]> {
  const outcomes: QueryOutcome[] = [];
  for (const query of set.queries) {
    const judgments = set.qrels.get(query.id);
    if (judgments === undefined) continue;
    const text = rewrite(query.id, query.text);
    const ranked = await rankArticleIds(engine, text, RANK_DEPTH);
    const expected = [...judgments.keys()];
    outcomes.push({ id: query.id, text, expected, top: ranked.slice(0, CUTOFF), scores: scoreRanking(ranked, judgments) });
  }
  return outcomes;
}

/** Evaluates the worker's ranking on a relevance set; queries without judgments are skipped. */
export async function evaluate(articles: readonly Article[], set: RelevanceSet, options: EvaluateOptions): Promise<Evaluation> {
  const buildStarted = performance.now();
  const { engine, indexBytes } = await buildSizedEngine(articles, options.boosts === undefined ? {} : { boosts: options.boosts });
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  const queryStarted = performance.now();
  const outcomes = await runQueries(engine, set, (_id, text) => text);
  const queryMilliseconds = (performance.now() - queryStarted) / Math.max(outcomes.length, 1);
  const clean = summarize(outcomes.map((o) => o.scores));
  if (!options.perturb)
    return { summaries: { clean, articles: articles.length, indexBytes, buildSeconds, queryMilliseconds }, outcomes, perturbedOutcomes: [] };
  const perturbedOutcomes = await runQueries(engine, set, (id, text) => perturbQuery(id, text).text);
  const perturbed = summarize(perturbedOutcomes.map((o) => o.scores));
  const mrrRatio = clean.mrrAt10 === 0 ? 0 : perturbed.mrrAt10 / clean.mrrAt10;
  return {
    summaries: { clean, perturbed: { ...perturbed, mrrRatio }, articles: articles.length, indexBytes, buildSeconds, queryMilliseconds },
    outcomes,
    perturbedOutcomes,
  };
}
