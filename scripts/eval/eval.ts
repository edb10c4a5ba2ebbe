// Evaluation CLI: a relevance set → MRR@10, Recall@1, Recall@10, nDCG@10 and precision@5 through the worker's own search path. Node only.

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '../../src/content/article';
import { loadSearchConfig } from '../build/search-config';
import { formatProblem } from '../content/content-problem';
import { loadArticles } from '../content/load-articles';
import { type Evaluation, evaluate, PEERS, type Peer } from './evaluate';
import { type RelevanceSet, readQrels, readQueries, readSquad } from './relevance-set';
import { printEvaluation } from './report';

const NEWS = { content: '../shared/data/news-jawhara.jsonl', queries: 'eval/news/queries.jsonl', qrels: 'eval/news/qrels.txt' };
/** Latin names, short words and clitic-looking words over the sample corpus: where look-alike words would creep into the first hits. */
const PRECISION = { content: 'content/sample', queries: 'eval/precision/queries.jsonl', qrels: 'eval/precision/qrels.txt' };

const USAGE = `Usage: npm run eval -- (--content PATH --queries FILE --qrels FILE | --squad FILE | --news | --precision) [options]

  --content PATH   articles (a .json/.jsonl/.md file or folder), read as build:index reads them
  --queries FILE   JSONL {"id","q"} or TSV id<TAB>query, one query a line
  --qrels FILE     TREC qrels: qid 0 docid relevance
  --squad FILE     a SQuAD file: paragraphs become articles, each question's paragraph is relevant
  --squad-untitled index SQuAD paragraphs without their article's title
  --skip-invalid   warn about invalid articles and evaluate without them (build:index would refuse them)
  --news           shortcut (implies --skip-invalid) for --content ${NEWS.content} --queries ${NEWS.queries} --qrels ${NEWS.qrels}
  --precision      shortcut for --content ${PRECISION.content} --queries ${PRECISION.queries} --qrels ${PRECISION.qrels}
  --perturb        also run every query rewritten as users type it; report the perturbed MRR and its ratio
  --misses N       list the N queries whose relevant article ranked worst
  --json           print the figures as JSON (for CI)
  --config FILE    take field boosts from this build configuration (default: search.config.json, if present)
  --no-config      rank with the default boosts, whatever the configuration says
  --peer lunr      also rank the same articles and queries with a peer (lunr + lunr-languages Arabic) and print both`;

async function loadSet(options: Record<string, string | boolean | undefined>): Promise<{ articles: Article[]; set: RelevanceSet }> {
  if (typeof options.squad === 'string') return readSquad(resolve(options.squad), options['squad-untitled'] !== true);
  const paths = options.news === true ? NEWS : options.precision === true ? PRECISION : options;
  if (typeof paths.content !== 'string' || typeof paths.queries !== 'string' || typeof paths.qrels !== 'string') {
    throw new Error(`give --content, --queries and --qrels, or --squad FILE, or --news\n\n${USAGE}`);
  }
  const loaded = await loadArticles([resolve(paths.content)]);
  if (loaded.articles.length === 0) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  if (loaded.problems.length > 0) {
    const listed = loaded.problems.map(formatProblem).join('\n');
    if (options['skip-invalid'] !== true && options.news !== true) throw new Error(`${listed}\n(--skip-invalid evaluates without them)`);
    console.error(`eval: skipping invalid articles:\n${listed}`);
  }
  const queries = readQueries(resolve(paths.queries));
  return { articles: loaded.articles, set: { queries, qrels: readQrels(resolve(paths.qrels)) } };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      content: { type: 'string' },
      queries: { type: 'string' },
      qrels: { type: 'string' },
      squad: { type: 'string' },
      'squad-untitled': { type: 'boolean' },
      news: { type: 'boolean' },
      precision: { type: 'boolean' },
      'skip-invalid': { type: 'boolean' },
      perturb: { type: 'boolean' },
      misses: { type: 'string' },
      json: { type: 'boolean' },
      config: { type: 'string' },
      'no-config': { type: 'boolean' },
      peer: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const peer = values.peer;
  if (peer !== undefined && !PEERS.includes(peer as Peer)) throw new Error(`unknown peer ${peer}; use one of ${PEERS.join(', ')}\n\n${USAGE}`);
  const { articles, set } = await loadSet(values);
  const boosts = values['no-config'] === true ? undefined : loadSearchConfig(values.config).config.boosts;
  if (boosts !== undefined && values.json !== true) console.log(`ranking with the boosts of the build configuration: ${JSON.stringify(boosts)}`);
  const evaluation: Evaluation = await evaluate(articles, set, { perturb: values.perturb === true, ...(boosts === undefined ? {} : { boosts }) });
  const peerEvaluation = peer === undefined ? undefined : await evaluate(articles, set, { perturb: values.perturb === true, peer: peer as Peer });
  if (values.json)
    console.log(
      JSON.stringify(
        peerEvaluation === undefined ? evaluation.summaries : { bahth: evaluation.summaries, [peer!]: peerEvaluation.summaries },
        null,
        2,
      ),
    );
  else {
    printEvaluation(evaluation, Number(values.misses ?? 0));
    if (peerEvaluation !== undefined) {
      console.log(`\npeer ${peer}, the same articles and queries:`);
      printEvaluation(peerEvaluation, 0);
    }
  }
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
