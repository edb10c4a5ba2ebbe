// `npx tsx scripts/bench/scale/first-rankings.ts --index DIR [--query Q] [--before Q2 ...] [--runs 9] [--allocations]`:
// how long one query's ranking takes in a fresh process when it is the process's first ranking, and when another query
// was ranked before it; one JSON object on stdout, medians with their range over --runs fresh processes for each order.
// With --allocations, instead: what the query's first ranking allocates on V8's heap, by function, in this process.
//
// A cold start at 1M is slower than at 10k mostly in its first ranking (cold-phases.ts). If the query ranks as fast
// as a warm one once some other query has run the same code, what it paid was code running for the first time (V8
// compiling it lazily and interpreting it), not its own work: fewer bytes or fewer lookups would not close that.
// Every piece both queries need is read and decoded before either is ranked, so only ranking is timed; the garbage
// collections that ran during the query's ranking are reported beside it.

import { spawnSync } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import { PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parseQuery } from '../../../src/query/parse-query';
import { planSearch, rankInFull, rankTop } from '../../../src/search/search';
import { spread } from '../stats';
import { indexArgument, loadKeepingEverything } from './index-argument';

const USAGE = 'npx tsx scripts/bench/scale/first-rankings.ts --index DIR [--query Q] [--before Q2 ...] [--runs 9] [--allocations]';
const { values } = parseArgs({
  options: {
    index: { type: 'string' },
    query: { type: 'string', default: 'اقالة ناجي جلول' },
    // The defaults: a query that takes the same path (bounds) and a single rare word (a full evaluation of short lists).
    before: { type: 'string', multiple: true, default: ['انس جابر رولان غاروس', 'صرصار'] },
    runs: { type: 'string', default: '9' },
    child: { type: 'string' },
    allocations: { type: 'boolean', default: false },
  },
});
const dir = indexArgument(values.index, USAGE);
const PAGE = 10;

type Engine = Awaited<ReturnType<typeof loadKeepingEverything>>;
type Planned = Awaited<ReturnType<typeof planSearch>>;

/** A query planned: every piece its ranking needs read and decoded, so ranking it reads nothing. */
const planQuery = (engine: Engine, text: string): Promise<Planned> => engine.complete(() => planSearch(engine, parseQuery(text)));

/** A page ranked as the worker ranks it; its start and end on performance.now()'s clock. */
function rankPage(planned: Planned): [number, number] {
  const started = performance.now();
  rankTop(planned, PAGE, () => rankInFull(planned));
  return [started, performance.now()];
}

/**
 * In a child: plans `first` (if any) and `query`, then ranks them in that order; prints both rankings' milliseconds,
 * and the garbage collections that ran during the query's (unoptimised code boxes every floating-point result it
 * computes, so a first ranking allocates far more than a later one).
 */
async function rankInOrder(first: string | undefined, query: string): Promise<void> {
  const engine = await loadKeepingEverything(dir);
  const plannedFirst = first === undefined ? undefined : await planQuery(engine, first);
  const planned = await planQuery(engine, query);
  const collections: { startTime: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) => collections.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const firstTimes = plannedFirst === undefined ? null : rankPage(plannedFirst);
  const [started, ended] = rankPage(planned);
  // Entries reach the observer on a later turn of the event loop.
  await new Promise((resolve) => setTimeout(resolve, 10));
  observer.disconnect();
  const during = collections.filter((entry) => entry.startTime >= started && entry.startTime < ended);
  const gcMs = during.reduce((sum, entry) => sum + entry.duration, 0);
  process.stdout.write(JSON.stringify({ firstMs: firstTimes === null ? null : firstTimes[1] - firstTimes[0], queryMs: ended - started, gcMs }));
}

/** In a child: the query's first ranking under V8's sampling heap profiler; prints the bytes allocated, by function. */
async function sampleAllocations(query: string): Promise<void> {
  const engine = await loadKeepingEverything(dir);
  const planned = await planQuery(engine, query);
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  // Every object counts, collected or not: what the ranking allocated, not what it left.
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 256,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  rankPage(planned);
  const { profile } = await session.post('HeapProfiler.stopSampling');
  const byFunction = new Map<string, number>();
  const visit = (node: typeof profile.head): void => {
    const name = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + node.selfSize);
    for (const child of node.children) visit(child);
  };
  visit(profile.head);
  const total = [...byFunction.values()].reduce((sum, bytes) => sum + bytes, 0);
  const largest = [...byFunction].sort(([, a], [, b]) => b - a).slice(0, 8);
  process.stdout.write(
    `${JSON.stringify({ index: dir, query, allocatedKiB: Math.round(total / 1024), byFunctionKiB: Object.fromEntries(largest.map(([name, bytes]) => [name, Math.round(bytes / 1024)])) }, null, 1)}\n`,
  );
}

if (values.allocations) {
  await sampleAllocations(values.query);
  process.exit(0);
}

if (values.child !== undefined) {
  await rankInOrder(values.child === '' ? undefined : values.child, values.query);
  process.exit(0);
}

const runs = Number(values.runs);
const orders: (string | undefined)[] = [undefined, ...values.before];
const times = new Map(orders.map((order) => [order, { first: [] as number[], query: [] as number[], gc: [] as number[] }]));
// Orders take turns, so a slow spell of the machine falls on all of them alike.
for (let run = 0; run < runs; run++) {
  for (const order of orders) {
    const args = [...process.execArgv, process.argv[1]!, '--index', dir, '--query', values.query, '--child', order ?? ''];
    const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`a ranking child failed: ${child.stderr}`);
    const { firstMs, queryMs, gcMs } = JSON.parse(child.stdout) as { firstMs: number | null; queryMs: number; gcMs: number };
    const entry = times.get(order)!;
    entry.query.push(queryMs);
    entry.gc.push(gcMs);
    if (firstMs !== null) entry.first.push(firstMs);
  }
}

const rounded = (values: readonly number[]) => {
  const { median, min, max } = spread(values);
  return { median: +median.toFixed(2), min: +min.toFixed(2), max: +max.toFixed(2) };
};
process.stdout.write(
  `${JSON.stringify(
    {
      index: dir,
      query: values.query,
      runs,
      orders: orders.map((order) => ({
        rankedBefore: order ?? null,
        beforeMs: order === undefined ? null : rounded(times.get(order)!.first),
        queryMs: rounded(times.get(order)!.query),
        garbageCollectionMs: rounded(times.get(order)!.gc),
        runsWithGarbageCollection: times.get(order)!.gc.filter((ms) => ms > 0).length,
      })),
    },
    null,
    1,
  )}\n`,
);
