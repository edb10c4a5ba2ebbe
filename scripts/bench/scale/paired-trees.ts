// `npx tsx scripts/bench/scale/paired-trees.ts --index DIR --before TREE [--before-index DIR] [--after TREE] [--repeats 15] [--cache-mib N]`:
// the news queries answered by two source trees in one process, taking turns query by query; per query the median
// of each and their ratio, and over all queries p50 / p99 / sum of each side and the median ratio. One JSON object
// on stdout.
//
// Without --cache-mib each tree keeps every piece and only the first page's ranking is timed (rankTop, no
// snippets), `repeats` times a query. With it each tree answers whole queries (as GET /search, snippets included)
// under that cache budget, round after round over the query set, `repeats` rounds after a first one not counted:
// the warm regime of bench:scale, where re-reading evicted pieces is most of the time.
//
// Separate processes on a shared 2-core machine drift by 20–40% from one minute to the next, more than most changes
// to ranking. Two trees in one process, timed turn about, see the same drift, so their ratio holds still. TREE is a
// checkout of this repository (a git worktree of the commit to compare), `--after` this one by default.
// `--before-index` gives the before tree an index of its own, of the same content, where the index format changed.

import { parseArgs } from 'node:util';
import { readBenchQueries } from '../queries';
import { median, percentile } from '../stats';
import { indexArgument } from './index-argument';
import { importFromTree } from './tree-modules';

const usage =
  'npx tsx scripts/bench/scale/paired-trees.ts --index DIR --before TREE [--before-index DIR] [--after TREE] [--repeats 15] [--cache-mib N]';
const { values } = parseArgs({
  options: {
    index: { type: 'string' },
    before: { type: 'string' },
    'before-index': { type: 'string' },
    after: { type: 'string', default: '.' },
    repeats: { type: 'string', default: '15' },
    'cache-mib': { type: 'string' },
  },
});
const index = indexArgument(values.index, usage);
const beforeIndex = values['before-index'] === undefined ? index : indexArgument(values['before-index'], usage);
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
  answerQuery(engine: unknown, q: string): Promise<unknown>;
}

const cacheMib = values['cache-mib'];

async function rankerOf(tree: string, indexDir: string): Promise<(query: number) => unknown> {
  const load = (path: string) => importFromTree<Partial<TreeModules>>(tree, path);
  const modules = Object.assign(
    {},
    await load('src/loading/load-engine.ts'),
    await load('scripts/fuzz/read-index-from-disk.ts'),
    await load('src/query/parse-query.ts'),
    await load('src/search/search.ts'),
    await load('scripts/bench/scale/answer-query.ts'),
  ) as TreeModules;
  const cacheBytes = cacheMib === undefined ? Number.MAX_SAFE_INTEGER : Number(cacheMib) * 1024 * 1024;
  const engine = await modules.loadEngine(modules.createDiskReader(indexDir), { cacheBytes });
  if (cacheMib !== undefined) {
    const texts = readBenchQueries();
    return (query) => modules.answerQuery(engine, texts[query]!);
  }
  const plans: unknown[] = [];
  for (const query of readBenchQueries()) plans.push(await engine.complete(() => modules.planSearch(engine, modules.parseQuery(query))));
  return (query) => {
    const planned = plans[query];
    modules.rankTop(planned, PAGE, () => modules.rankInFull(planned)).result.top(PAGE);
  };
}

const before = await rankerOf(values.before, beforeIndex);
const after = await rankerOf(values.after, index);
const queries = readBenchQueries();
// One pass each first, so neither side's clock pays for compiling or first use.
for (let query = 0; query < queries.length; query++) {
  await before(query);
  await after(query);
}
const timed = async (rank: (query: number) => unknown, query: number): Promise<number> => {
  const started = performance.now();
  await rank(query);
  return performance.now() - started;
};
const times = queries.map(() => ({ before: [] as number[], after: [] as number[] }));
/** One turn each; who goes first alternates, so neither side always pays for the garbage the other left. */
async function takeTurns(query: number, turn: number): Promise<void> {
  if (turn % 2 === 0) {
    times[query]!.before.push(await timed(before, query));
    times[query]!.after.push(await timed(after, query));
  } else {
    times[query]!.after.push(await timed(after, query));
    times[query]!.before.push(await timed(before, query));
  }
}
if (cacheMib === undefined) {
  // Every piece is kept: a query's repeats follow each other.
  for (let query = 0; query < queries.length; query++) {
    for (let run = 0; run < Number(values.repeats); run++) {
      await takeTurns(query, run);
    }
  }
} else {
  // Under a budget what a query finds cached depends on the queries before it: round after round over the set.
  for (let round = 0; round < Number(values.repeats); round++) {
    for (let query = 0; query < queries.length; query++) {
      await takeTurns(query, round);
    }
  }
}
const rows = queries.map((text, query) => ({ query: text, beforeMs: median(times[query]!.before), afterMs: median(times[query]!.after) }));
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
  `${JSON.stringify({ index, beforeIndex, before: values.before, after: values.after, cacheMib: cacheMib ?? null, queries: rows.length, beforeSide: side('beforeMs'), afterSide: side('afterMs'), medianRatioAfterOverBefore: +median(ratios).toFixed(3), mostChanged: changed })}\n`,
);
