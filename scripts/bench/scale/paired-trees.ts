// `npx tsx scripts/bench/scale/paired-trees.ts --index DIR --before TREE [--after TREE] [--repeats 15]`: the news
// queries' first page ranked (rankTop, no snippets, every piece kept) by two source trees in one process, taking turns
// query by query; per query the median of each and their ratio, and over all queries p50 / p99 / sum of each side and
// the median ratio. One JSON object on stdout.
//
// Separate processes on a shared 2-core machine drift by 20–40% from one minute to the next, more than most changes
// to ranking. Two trees in one process, timed turn about, see the same drift, so their ratio holds still. TREE is a
// checkout of this repository (a git worktree of the commit to compare), `--after` this one by default.

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readBenchQueries } from '../queries';
import { median, percentile } from '../stats';
import { indexArgument } from './index-argument';

const usage = 'npx tsx scripts/bench/scale/paired-trees.ts --index DIR --before TREE [--after TREE] [--repeats 15]';
const { values } = parseArgs({
  options: {
    index: { type: 'string' },
    before: { type: 'string' },
    after: { type: 'string', default: '.' },
    repeats: { type: 'string', default: '15' },
  },
});
const index = indexArgument(values.index, usage);
if (values.before === undefined) {
  process.stderr.write(`usage: ${usage}\n`);
  process.exit(2);
}
const PAGE = 10;

/** What is used of a tree's modules; each tree is loaded as its own module graph, so nothing is shared. */
interface TreeModules {
  loadEngine(reader: unknown, options: { cacheBytes: number }): Promise<{ complete<T>(work: () => T): Promise<T> }>;
  createDiskReader(dir: string): unknown;
  parseQuery(text: string): unknown;
  planSearch(engine: unknown, query: unknown): unknown;
  rankInFull(planned: unknown): unknown;
  rankTop(planned: unknown, keep: number, exhaustive: () => unknown): { result: { top(count: number): unknown } };
}

async function rankerOf(tree: string): Promise<(query: number) => void> {
  const load = (path: string) => import(pathToFileURL(resolve(tree, path)).href) as Promise<Partial<TreeModules>>;
  const modules = Object.assign(
    {},
    await load('src/loading/load-engine.ts'),
    await load('scripts/fuzz/read-index-from-disk.ts'),
    await load('src/query/parse-query.ts'),
    await load('src/search/search.ts'),
  ) as TreeModules;
  const engine = await modules.loadEngine(modules.createDiskReader(index), { cacheBytes: Number.MAX_SAFE_INTEGER });
  const plans: unknown[] = [];
  for (const query of readBenchQueries()) plans.push(await engine.complete(() => modules.planSearch(engine, modules.parseQuery(query))));
  return (query) => {
    const planned = plans[query];
    modules.rankTop(planned, PAGE, () => modules.rankInFull(planned)).result.top(PAGE);
  };
}

const before = await rankerOf(values.before);
const after = await rankerOf(values.after);
const queries = readBenchQueries();
// One pass each first, so neither side's clock pays for compiling or first use.
for (let query = 0; query < queries.length; query++) {
  before(query);
  after(query);
}
const timed = (rank: (query: number) => void, query: number): number => {
  const started = performance.now();
  rank(query);
  return performance.now() - started;
};
const rows = queries.map((text, query) => {
  const beforeMs: number[] = [];
  const afterMs: number[] = [];
  for (let run = 0; run < Number(values.repeats); run++) {
    beforeMs.push(timed(before, query));
    afterMs.push(timed(after, query));
  }
  return { query: text, beforeMs: median(beforeMs), afterMs: median(afterMs) };
});
const side = (key: 'beforeMs' | 'afterMs') => {
  const times = rows.map((row) => row[key]);
  return {
    p50Ms: +median(times).toFixed(3),
    p99Ms: +percentile(times, 0.99).toFixed(3),
    sumMs: +times.reduce((sum, time) => sum + time, 0).toFixed(1),
  };
};
const ratios = rows.map((row) => row.afterMs / row.beforeMs);
const changed = rows
  .map((row) => ({ query: row.query, beforeMs: +row.beforeMs.toFixed(2), afterMs: +row.afterMs.toFixed(2) }))
  .sort((a, b) => Math.abs(b.afterMs - b.beforeMs) - Math.abs(a.afterMs - a.beforeMs))
  .slice(0, 10);
process.stdout.write(
  `${JSON.stringify({ index, before: values.before, after: values.after, queries: rows.length, beforeSide: side('beforeMs'), afterSide: side('afterMs'), medianRatioAfterOverBefore: +median(ratios).toFixed(3), mostChanged: changed })}\n`,
);
