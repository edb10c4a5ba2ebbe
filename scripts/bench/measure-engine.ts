// Bench child process: one engine's artefacts → cold start, heap after load and warm latencies, as one JSON line.
// Run in a fresh process per measurement so every cold start really is cold (no JIT or caches from a previous load).

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { engineNamed } from './engines/index';
import { readBenchQueries } from './queries';
import { percentile } from './stats';

export interface EngineMeasurement {
  readonly loadMs: number;
  readonly coldMs: number;
  readonly heapBytes: number;
  /** The first pass over the queries: every term, tree node and body shard is touched for the first time. */
  readonly firstP50: number;
  readonly firstP99: number;
  /** The later passes: the same queries over data already read. */
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly answered: number;
}

function readTree(root: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else files.set(relative(root, path), new Uint8Array(readFileSync(path)));
    }
  };
  visit(root);
  return files;
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('measure-engine needs node --expose-gc');
  gc();
  gc();
}

async function measure(engineName: string, dir: string, repeats: number): Promise<EngineMeasurement> {
  const engine = engineNamed(engineName);
  const queries = readBenchQueries();
  const files = readTree(dir);
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const searcher = await engine.load(files);
  const loaded = performance.now();
  await searcher.search(queries[0]!);
  const coldMs = performance.now() - started;
  collectGarbage();
  const heapBytes = process.memoryUsage().heapUsed - heapBefore;
  const first: number[] = [];
  const latencies: number[] = [];
  let answered = 0;
  for (let round = 0; round < repeats; round++) {
    for (const query of queries) {
      const before = performance.now();
      const found = await searcher.search(query);
      (round === 0 ? first : latencies).push(performance.now() - before);
      if (round === 0 && found > 0) answered++;
    }
  }
  return {
    loadMs: loaded - started,
    coldMs,
    heapBytes,
    firstP50: percentile(first, 0.5),
    firstP99: percentile(first, 0.99),
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    answered,
  };
}

const { values } = parseArgs({ options: { engine: { type: 'string' }, dir: { type: 'string' }, repeats: { type: 'string', default: '5' } } });
if (values.engine === undefined || values.dir === undefined) throw new Error('usage: measure-engine --engine NAME --dir ARTEFACTS [--repeats N]');
const repeats = Number(values.repeats);
if (!Number.isInteger(repeats) || repeats < 2) throw new Error('measure-engine: --repeats must be at least 2 (a first pass, then warm passes)');
const measurement = await measure(values.engine, values.dir, repeats);
process.stdout.write(`${JSON.stringify(measurement)}\n`);
