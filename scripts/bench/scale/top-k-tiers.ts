// `npx tsx scripts/bench/scale/top-k-tiers.ts --index DIR [--shares 0,128,256,1024,512+128]`: for each choice of
// tiers of top-k by bounds (lists of 1/share of the corpus counted long first, then of each further share joined
// by '+', then those of top-k.ts; 0: that tier only), the scoring time of the news queries' first page (ranking only: no snippets, every piece in
// memory), how each was settled, and whether each page equals a full evaluation's; one JSON object on stdout.
//
// bench:scale times whole answers under the cache budget; this isolates the choice of tiers in
// bounded-top-k.ts, on a warm engine with an unbounded cache, so the figures are the ranking's own.

import { parseArgs } from 'node:util';
import { parseQuery } from '../../../src/query/parse-query';
import type { SearchResult } from '../../../src/search/rank-matches';
import { planSearch, rankInFull, rankTop, type SearchPlan } from '../../../src/search/search';
import { longListFor, MIN_LONG_LIST } from '../../../src/search/top-k';
import { readBenchQueries } from '../queries';
import { median, percentile } from '../stats';
import { indexArgument, loadKeepingEverything } from './index-argument';

const PAGE = 10;
const REPEATS = 5;

const { values } = parseArgs({ options: { index: { type: 'string' }, shares: { type: 'string', default: '0,128,256,1024' } } });
const index = indexArgument(values.index, 'npx tsx scripts/bench/scale/top-k-tiers.ts --index DIR [--shares 0,128,256,1024]');
const engine = await loadKeepingEverything(index);
const documentCount = engine.manifest.documentCount;
const queries = readBenchQueries();
const plans: SearchPlan[] = [];
for (const q of queries) plans.push(await engine.complete(() => planSearch(engine, parseQuery(q))));

const signature = (result: SearchResult) =>
  result
    .top(PAGE)
    .map(({ ordinal, score }) => `${ordinal}:${score}`)
    .join(' ');

// Every ranker runs before the clock does, so the first row does not pay for compiling the code all rows share.
for (let pass = 0; pass < 2; pass++) {
  for (const planned of plans) {
    rankTop(planned, PAGE, () => rankInFull(planned)).result.top(PAGE);
    rankTop(planned, PAGE, () => rankInFull(planned), [longListFor(documentCount)]).result.top(PAGE);
  }
}

const rows = values.shares.split(',').map((text) => {
  // '512+128': tiers of 1/512 and 1/128 of the corpus, then top-k.ts's; '0': top-k.ts's alone.
  const last = longListFor(documentCount);
  const shares = text.split('+').map(Number);
  const firsts = shares.filter((share) => share > 0).map((share) => Math.max(MIN_LONG_LIST, documentCount / share));
  const tiers = [...new Set([...firsts.filter((first) => first < last), last])].sort((a, b) => a - b);
  const times: number[] = [];
  const settledBy: Record<string, number> = {};
  let unequal = 0;
  plans.forEach((planned) => {
    const exhaustive = () => rankInFull(planned);
    const { result, settledBy: by } = rankTop(planned, PAGE, exhaustive, tiers);
    if (signature(result) !== signature(exhaustive())) unequal++;
    settledBy[by] = (settledBy[by] ?? 0) + 1;
    const runs: number[] = [];
    for (let run = 0; run < REPEATS; run++) {
      const started = performance.now();
      rankTop(planned, PAGE, exhaustive, tiers).result.top(PAGE);
      runs.push(performance.now() - started);
    }
    times.push(median(runs));
  });
  return {
    tiers: tiers.map(Math.round),
    p50Ms: +median(times).toFixed(3),
    p99Ms: +percentile(times, 0.99).toFixed(3),
    sumMs: +times.reduce((sum, time) => sum + time, 0).toFixed(1),
    settledBy,
    pagesUnlikeFullEvaluation: unequal,
  };
});
process.stdout.write(`${JSON.stringify({ index, documentCount, queries: queries.length, rows })}\n`);
