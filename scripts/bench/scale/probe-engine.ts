// Bench child process: one index → cold start, bytes and files read, first-pass and warm latency, memory (heap and array buffers) after many queries, as one JSON line.
// Run in a fresh process per measurement, so every cold start is really cold (no JIT, no loaded pieces).

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { ArtefactReader } from '../../../src/loading/artefact-reader';
import { type Engine, loadEngine } from '../../../src/loading/load-engine';
import { readBenchQueries } from '../queries';
import { percentile } from '../stats';
import { answerQuery } from './answer-query';
import { type CountingReader, countReads, createDiskReader } from './counting-reader';

export interface ProbeMeasurement {
  /** Bytes and files read from loadEngine to the first answer with snippets. */
  readonly coldBytes: number;
  readonly coldFiles: number;
  readonly coldMs: number;
  readonly firstP50: number;
  readonly firstP99: number;
  readonly warmP50: number;
  readonly warmP99: number;
  /** Heap (V8, after garbage collection) the engine holds beyond the process's own, after load and after `queriesForHeap` queries. */
  readonly memoryAfterLoad: number;
  readonly memoryAfterQueries: number;
  readonly queriesForHeap: number;
  /** The most distinct files one query read (after loadEngine), over every query answered, and which query. */
  readonly maxFilesOneQuery: number;
  readonly maxFilesQuery: string;
  readonly answered: number;
  readonly queries: number;
}

export type ReaderKind = 'memory' | 'disk';

function readFolder(root: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else files.set(relative(root, path).split('\\').join('/'), new Uint8Array(readFileSync(path)));
    }
  };
  visit(root);
  return files;
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('probe-engine needs node --expose-gc');
  gc();
  gc();
}

/**
 * The JS heap and the array buffers outside it, after a collection. A decoded
 * posting list's typed arrays and a read piece's bytes live outside the heap,
 * so the heap alone (what this bench reported before 2026-12-07) left out
 * most of what the piece cache holds.
 */
const memoryUsed = (): number => {
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};

/** Each read yields fresh bytes, as a fetch does in a Worker, so the pieces the cache keeps are counted in memoryUsed. */
function copyingReader(files: ReadonlyMap<string, Uint8Array>): ArtefactReader {
  return {
    async read(name) {
      return files.get(name)?.slice() ?? null;
    },
  };
}

/** Times each query and keeps the most files any one of them read. */
class QueryLoop {
  asked = 0;
  widest = { files: 0, query: '' };

  constructor(
    private readonly engine: Engine,
    private readonly reader: CountingReader,
  ) {}

  /** Answers one query: how long it took and how many matches it found. */
  async ask(q: string): Promise<{ elapsed: number; found: number }> {
    this.reader.mark();
    const before = performance.now();
    const found = (await answerQuery(this.engine, q)).total;
    const elapsed = performance.now() - before;
    this.note(q, this.reader.tally().files.size);
    return { elapsed, found };
  }

  note(query: string, files: number): void {
    this.asked++;
    if (files > this.widest.files) this.widest = { files, query };
  }
}

/** From loadEngine to the first answer with snippets: time, and what was read (by the load, and by that first query). */
async function coldStart(
  reader: CountingReader,
  firstQuery: string,
  cacheBytes: number | undefined,
): Promise<{ engine: Engine; ms: number; bytes: number; files: number; queryFiles: number }> {
  const started = performance.now();
  const engine = await loadEngine(reader, cacheBytes === undefined ? {} : { cacheBytes });
  const load = reader.tally();
  reader.mark();
  await answerQuery(engine, firstQuery);
  const ms = performance.now() - started;
  const query = reader.tally();
  return { engine, ms, bytes: load.bytes + query.bytes, files: new Set([...load.files, ...query.files]).size, queryFiles: query.files.size };
}

/** What one probe measures: the index, how it is read, and how long it is asked. */
interface ProbeSettings {
  readonly readerKind: ReaderKind;
  readonly repeats: number;
  readonly queriesForHeap: number;
  readonly queriesFile: string | undefined;
  /** The piece cache's budget; the engine's default when undefined. */
  readonly cacheBytes: number | undefined;
}

async function probe(dir: string, { readerKind, repeats, queriesForHeap, queriesFile, cacheBytes }: ProbeSettings): Promise<ProbeMeasurement> {
  const queries = readBenchQueries(queriesFile);
  // Memory: every byte is in memory before the clock starts, so the cold start is parsing and searching, not disk.
  const reader = countReads(readerKind === 'memory' ? copyingReader(readFolder(dir)) : createDiskReader(dir));
  const memoryBefore = memoryUsed();
  const cold = await coldStart(reader, queries[0]!, cacheBytes);
  const memoryAfterLoad = memoryUsed() - memoryBefore;
  const loop = new QueryLoop(cold.engine, reader);
  loop.note(queries[0]!, cold.queryFiles);
  const first: number[] = [];
  const warm: number[] = [];
  let answered = 0;
  for (let round = 0; round < repeats; round++) {
    for (const q of queries) {
      const { elapsed, found } = await loop.ask(q);
      (round === 0 ? first : warm).push(elapsed);
      if (round === 0 && found > 0) answered++;
    }
  }
  for (let index = 0; loop.asked < queriesForHeap; index++) await loop.ask(queries[index % queries.length]!);
  return {
    coldBytes: cold.bytes,
    coldFiles: cold.files,
    coldMs: cold.ms,
    firstP50: percentile(first, 0.5),
    firstP99: percentile(first, 0.99),
    warmP50: percentile(warm, 0.5),
    warmP99: percentile(warm, 0.99),
    memoryAfterLoad,
    memoryAfterQueries: memoryUsed() - memoryBefore,
    queriesForHeap: loop.asked,
    maxFilesOneQuery: loop.widest.files,
    maxFilesQuery: loop.widest.query,
    answered,
    queries: queries.length,
  };
}

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    reader: { type: 'string', default: 'memory' },
    repeats: { type: 'string', default: '5' },
    'heap-queries': { type: 'string', default: '1000' },
    queries: { type: 'string' },
    'cache-mib': { type: 'string' },
  },
});
const repeats = Number(values.repeats);
const heapQueries = Number(values['heap-queries']);
const cacheMib = values['cache-mib'] === undefined ? undefined : Number(values['cache-mib']);
if (
  values.dir === undefined ||
  (values.reader !== 'memory' && values.reader !== 'disk') ||
  !(repeats >= 2) ||
  !(heapQueries >= 1) ||
  (cacheMib !== undefined && !(cacheMib > 0))
) {
  throw new Error('usage: probe-engine --dir INDEX [--reader memory|disk] [--repeats N≥2] [--heap-queries N] [--cache-mib N]');
}
const settings: ProbeSettings = {
  readerKind: values.reader,
  repeats,
  queriesForHeap: heapQueries,
  queriesFile: values.queries,
  cacheBytes: cacheMib === undefined ? undefined : Math.round(cacheMib * 1024 * 1024),
};
process.stdout.write(`${JSON.stringify(await probe(values.dir, settings))}\n`);
