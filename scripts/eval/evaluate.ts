// One evaluation run: build the engine once, rank every query (clean and, optionally, perturbed), score the rankings.

import type { Article } from '../../src/content/article';
import type { BuildOptions } from '../../src/indexing/build-index';
import { buildLunrIndex, searchLunr } from '../bench/engines/lunr';
import { CUTOFF, type QueryScores, type Summary, scoreRanking, summarize } from './metrics';
import { perturbQuery } from './perturb';
import type { RelevanceSet } from './relevance-set';
import { buildSizedEngine, rankArticleIds } from './search-engine';

export interface EvaluateOptions {
  readonly perturb: boolean;
  /** Field boosts from search.config.json, so the figures are those of the index build:index writes. */
  readonly boosts?: BuildOptions['boosts'];
  /** Rank with this peer instead of the worker's search path. */
  readonly peer?: Peer;
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

/** A system under evaluation: the article ids it ranks for a query, best first. */
type Ranker = (query: string, depth: number) => Promise<string[]>;

/** The systems `npm run eval -- --peer NAME` can rank beside Bahth, on the same articles and queries. */
export const PEERS = ['lunr'] as const;
export type Peer = (typeof PEERS)[number];

async function runQueries(rank: Ranker, set: RelevanceSet, rewrite: (id: string, text: string) => string): Promise<QueryOutcome[]> {
  const outcomes: QueryOutcome[] = [];
  for (const query of set.queries) {
    const judgments = set.qrels.get(query.id);
    if (judgments === undefined) continue;
    const text = rewrite(query.id, query.text);
    const ranked = await rank(text, RANK_DEPTH);
    const expected = [...judgments.keys()];
    outcomes.push({ id: query.id, text, expected, top: ranked.slice(0, CUTOFF), scores: scoreRanking(ranked, judgments) });
  }
  return outcomes;
}

/** Builds the system to evaluate: the worker's own search path, or a peer on the same articles. */
async function buildRanker(articles: readonly Article[], options: EvaluateOptions): Promise<{ rank: Ranker; indexBytes: number }> {
  if (options.peer === 'lunr') {
    const index = buildLunrIndex(articles, (ordinal) => articles[ordinal]!.id);
    return { rank: async (query, depth) => searchLunr(index, query).slice(0, depth), indexBytes: Buffer.byteLength(JSON.stringify(index)) };
  }
  const { engine, indexBytes } = await buildSizedEngine(articles, options.boosts === undefined ? {} : { boosts: options.boosts });
  return { rank: (query, depth) => rankArticleIds(engine, query, depth), indexBytes };
}

/** Evaluates a ranking (the worker's, or a peer's) on a relevance set; queries without judgments are skipped. */
export async function evaluate(articles: readonly Article[], set: RelevanceSet, options: EvaluateOptions): Promise<Evaluation> {
  const buildStarted = performance.now();
  const { rank, indexBytes } = await buildRanker(articles, options);
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  const queryStarted = performance.now();
  const outcomes = await runQueries(rank, set, (_id, text) => text);
  const queryMilliseconds = (performance.now() - queryStarted) / Math.max(outcomes.length, 1);
  const clean = summarize(outcomes.map((o) => o.scores));
  if (!options.perturb)
    return { summaries: { clean, articles: articles.length, indexBytes, buildSeconds, queryMilliseconds }, outcomes, perturbedOutcomes: [] };
  const perturbedOutcomes = await runQueries(rank, set, (id, text) => perturbQuery(id, text).text);
  const perturbed = summarize(perturbedOutcomes.map((o) => o.scores));
  const mrrRatio = clean.mrrAt10 === 0 ? 0 : perturbed.mrrAt10 / clean.mrrAt10;
  return {
    summaries: { clean, perturbed: { ...perturbed, mrrRatio }, articles: articles.length, indexBytes, buildSeconds, queryMilliseconds },
    outcomes,
    perturbedOutcomes,
  };
}
