// `npx tsx scripts/bench/scale/slowest-queries.ts --index DIR [--top 15]`: each news query's whole answer
// (ranking and snippets) timed warm, with every piece the queries read kept in memory, and how its first page
// was ranked; one JSON object on stdout, slowest first.
//
// bench:scale reports percentiles under the cache budget; this names the queries behind its p99, and, since
// nothing is evicted here, says whether they are slow for want of cache or for the work they do.

import { parseArgs } from 'node:util';
import { parseQuery } from '../../../src/query/parse-query';
import { planSearch, rankInFull, rankTop } from '../../../src/search/search';
import { readBenchQueries } from '../queries';
import { median, percentile } from '../stats';
import { answerQuery } from './answer-query';
import { indexArgument, loadKeepingEverything } from './index-argument';

const PAGE = 10;
const REPEATS = 7;

const { values } = parseArgs({ options: { index: { type: 'string' }, top: { type: 'string', default: '15' } } });
const index = indexArgument(values.index, 'npx tsx scripts/bench/scale/slowest-queries.ts --index DIR [--top 15]');
const engine = await loadKeepingEverything(index);
const queries = readBenchQueries();
// One pass reads every piece and compiles the code every query shares, before any clock starts.
for (const query of queries) await answerQuery(engine, query);

const rows = [];
for (const query of queries) {
  const times: number[] = [];
  for (let run = 0; run < REPEATS; run++) {
    const started = performance.now();
    await answerQuery(engine, query);
    times.push(performance.now() - started);
  }
  const planned = await engine.complete(() => planSearch(engine, parseQuery(query)));
  const { settledBy } = rankTop(planned, PAGE, () => rankInFull(planned));
  rows.push({ query, medianMs: +median(times).toFixed(2), settledBy });
}
rows.sort((a, b) => b.medianMs - a.medianMs);
const all = rows.map((row) => row.medianMs);
process.stdout.write(
  `${JSON.stringify({ index, queries: rows.length, p50Ms: median(all), p99Ms: percentile(all, 0.99), slowest: rows.slice(0, Number(values.top)) })}\n`,
);
