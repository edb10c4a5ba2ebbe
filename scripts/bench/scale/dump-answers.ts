// `npx tsx scripts/bench/scale/dump-answers.ts --index DIR [--queries FILE]`: each query's first page as GET /search
// answers it (hits with marked titles and snippets, total), then the full evaluation's first 20 ordinals and scores,
// one JSON line a query. Run it in two commits' trees (a git worktree each) and `cmp` the outputs: a change that
// must not move rankings or snippets shows none.

import { parseArgs } from 'node:util';
import { presentHits } from '../../../src/api/present-hits';
import { SNIPPET_LENGTH } from '../../../src/api/schemas';
import { withReadBudget } from '../../../src/loading/load-engine';
import { ReadBudget } from '../../../src/loading/read-budget';
import { parseQuery } from '../../../src/query/parse-query';
import { runSearch } from '../../../src/search/run-search';
import { planSearch, rankInFull } from '../../../src/search/search';
import { readBenchQueries } from '../queries';
import { indexArgument, loadKeepingEverything } from './index-argument';

const PAGE = 10;
const FULL_RANKS = 20;

const { values } = parseArgs({ options: { index: { type: 'string' }, queries: { type: 'string' } } });
const dir = indexArgument(values.index, 'npx tsx scripts/bench/scale/dump-answers.ts --index DIR [--queries FILE]');
const engine = await loadKeepingEverything(dir);
for (const q of readBenchQueries(values.queries)) {
  const view = withReadBudget(engine, new ReadBudget());
  const query = parseQuery(q);
  const outcome = await runSearch(view, { query, filters: {}, sort: 'relevance', facets: [], offset: 0, limit: PAGE });
  const hits = await presentHits(view, outcome.page, { query, highlight: true, snippetLength: SNIPPET_LENGTH.default });
  const planned = await engine.complete(() => planSearch(engine, query));
  const full = rankInFull(planned)
    .top(FULL_RANKS)
    .map(({ ordinal, score }) => [ordinal, score]);
  process.stdout.write(`${JSON.stringify({ q, total: outcome.total, totalExact: outcome.totalExact, hits, full })}\n`);
}
