// `npm run bench:load`: the real runtime under load. Builds the news corpus into a temporary folder, starts
// `wrangler dev` on loopback with assets pointed at it, times process start → first answered search, then runs
// autocannon (bounded duration and requests) over a mixed query set and stops wrangler itself.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildIndexFiles } from '../../src/indexing/build-index';
import { writeIndexAtomically } from '../write-index-atomically';
import { readNewsCorpus } from './corpora';
import { readBenchQueries } from './queries';

interface Histogram {
  readonly average: number;
  readonly p50: number;
  readonly p99: number;
}
interface AutocannonResult {
  readonly requests: Histogram & { readonly total: number };
  readonly latency: Histogram;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly duration: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const HOST = '127.0.0.1';

/** A mixed set: whole queries, queries still being typed (prefix), and single words. */
function mixedPaths(): string[] {
  const queries = readBenchQueries();
  const typed = queries.map((query) => query.slice(0, Math.max(2, Math.ceil(query.length * 0.6))));
  const single = queries.map((query) => query.split(' ')[0] ?? query);
  return [...queries, ...typed, ...single].map((query) => `/search?q=${encodeURIComponent(query)}&limit=10`);
}

function writeConfig(dir: string, assets: string): string {
  const path = join(dir, 'wrangler.toml');
  const config = [
    'name = "bahth-load-test"',
    `main = "${resolve('src/index.ts')}"`,
    'compatibility_date = "2026-04-20"',
    'compatibility_flags = ["nodejs_compat"]',
    '[assets]',
    `directory = "${assets}"`,
    'binding = "ASSETS"',
    'run_worker_first = true',
    '[vars]',
    'CACHE_MAX_AGE = "0"',
    'ALLOWED_ORIGINS = "*"',
  ].join('\n');
  writeFileSync(path, `${config}\n`);
  return path;
}

async function waitForFirstAnswer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with code ${child.exitCode} before answering`);
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
}

function stop(child: ChildProcess): void {
  // wrangler was started in its own process group, so its workerd children stop with it.
  if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
}

const USAGE = `Usage: npm run bench:load -- [options]

  --index DIR        serve this index (built by npm run build:index) as it is, instead of building one
  --articles N       build the first N articles of the news corpus (default: all of it)
  --port N           wrangler dev's port (default 8793; give each concurrent run its own)
  --duration S       seconds of load (default 15)
  --amount N         at most this many requests (default 20000): the first bound reached ends the run
  --connections N    concurrent connections (default 10)
  --json FILE        also write the summary as JSON
  --help             show this text`;

const OPTIONS = {
  port: { type: 'string', default: '8793' },
  articles: { type: 'string' },
  // A folder built by npm run build:index (for example 40k or 1M articles), served as it is.
  index: { type: 'string' },
  duration: { type: 'string', default: '15' },
  amount: { type: 'string', default: '20000' },
  connections: { type: 'string', default: '10' },
  json: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

/** The options, or the usage on stderr and exit code 2 for one it does not know. */
function readOptions() {
  try {
    return parseArgs({ options: OPTIONS }).values;
  } catch (error) {
    process.stderr.write(`bench:load: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const values = readOptions();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'bahth-load-'));
  const assets = values.index === undefined ? join(root, 'index-data') : resolve(values.index);
  let wrangler: ChildProcess | undefined;
  try {
    let corpus: { readonly name: string };
    if (values.index === undefined) {
      const news = readNewsCorpus(values.articles === undefined ? undefined : Number(values.articles));
      writeIndexAtomically(assets, (await buildIndexFiles(news.articles)).files);
      corpus = news;
    } else {
      corpus = { name: basename(assets) };
    }
    const config = writeConfig(root, assets);
    const base = `http://${HOST}:${values.port}`;
    const started = performance.now();
    wrangler = spawn('npx', ['wrangler', 'dev', '--config', config, '--ip', HOST, '--port', values.port], {
      detached: true,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitForFirstAnswer(`${base}/search?q=${encodeURIComponent('تونس')}`, wrangler, 120_000);
    const firstAnswerMs = performance.now() - started;
    process.stderr.write(`bench:load: first answer after ${Math.round(firstAnswerMs)} ms; loading for ${values.duration} s…\n`);
    const result = await autocannon({
      url: base,
      connections: Number(values.connections),
      duration: Number(values.duration),
      // Both bounds hold: whichever of the duration and the request cap comes first ends the run.
      maxOverallRequests: Number(values.amount),
      requests: mixedPaths().map((path) => ({ method: 'GET', path })),
    });
    const summary = {
      corpus: corpus.name,
      firstAnswerMs: Math.round(firstAnswerMs),
      requestsPerSecond: Math.round(result.requests.average),
      requests: result.requests.total,
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      connections: Number(values.connections),
      durationS: result.duration,
    };
    console.log(
      `wrangler dev, ${summary.corpus}: first answered search ${summary.firstAnswerMs} ms after process start; ` +
        `${summary.requestsPerSecond} req/s over ${summary.requests} requests (${summary.connections} connections, ${summary.durationS} s), ` +
        `latency p50 ${summary.latencyP50Ms} ms / p99 ${summary.latencyP99Ms} ms, errors ${summary.errors}, non-2xx ${summary.non2xx}`,
    );
    if (values.json !== undefined) writeFileSync(values.json, `${JSON.stringify(summary)}\n`);
  } finally {
    if (wrangler !== undefined) stop(wrangler);
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
