// Bench child process: one index → cold start, bytes and files read, first-pass and warm latency, heap after many queries, as one JSON line.
// Run in a fresh process per measurement, so every cold start is really cold (no JIT, no loaded pieces).

import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createMemoryReader, type ArtefactReader } from '../../../src/loading/artefact-reader';
import { loadEngine } from '../../../src/loading/load-engine';
import { readBenchQueries } from '../queries';
import { percentile } from '../stats';
import { answerQuery } from './answer-query';
import { countReads, createDiskReader } from './counting-reader';

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
  readonly heapAfterLoad: number;
  readonly heapAfterQueries: number;
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

const heapUsed = (): number => {
  collectGarbage();
  return process.memoryUsage().heapUsed;
};

async function probe(dir: string, readerKind: ReaderKind, repeats: number, queriesForHeap: number): Promise<ProbeMeasurement> {
  const queries = readBenchQueries();
  // Memory: every byte is in memory before the clock starts, so the cold start is parsing and searching, not disk.
  const inner: ArtefactReader = readerKind === 'memory' ? createMemoryReader(readFolder(dir)) : createDiskReader(dir);
  const reader = countReads(inner);
  const heapBefore = heapUsed();
  const started = performance.now();
  const engine = await loadEngine(reader);
  const loaded = reader.tally();
  reader.mark();
  await answerQuery(engine, queries[0]!);
  const coldMs = performance.now() - started;
  const firstQuery = reader.tally();
  const cold = { bytes: loaded.bytes + firstQuery.bytes, files: new Set([...loaded.files, ...firstQuery.files]) };
  const heapAfterLoad = heapUsed() - heapBefore;
  const first: number[] = [];
  const warm: number[] = [];
  let answered = 0;
  let asked = 1;
  let maxFiles = { count: firstQuery.files.size, query: queries[0]! };
  /** Answers one query, timing it and counting the files it read. */
  const ask = async (q: string): Promise<{ elapsed: number; found: number }> => {
    reader.mark();
    const before = performance.now();
    const found = await answerQuery(engine, q);
    const elapsed = performance.now() - before;
    const files = reader.tally().files.size;
    if (files > maxFiles.count) maxFiles = { count: files, query: q };
    asked++;
    return { elapsed, found };
  };
  for (let round = 0; round < repeats; round++) {
    for (const q of queries) {
      const { elapsed, found } = await ask(q);
      (round === 0 ? first : warm).push(elapsed);
      if (round === 0 && found > 0) answered++;
    }
  }
  for (let index = 0; asked < queriesForHeap; index++) await ask(queries[index % queries.length]!);
  return {
    coldBytes: cold.bytes,
    coldFiles: cold.files.size,
    coldMs,
    firstP50: percentile(first, 0.5),
    firstP99: percentile(first, 0.99),
    warmP50: percentile(warm, 0.5),
    warmP99: percentile(warm, 0.99),
    heapAfterLoad,
    heapAfterQueries: heapUsed() - heapBefore,
    queriesForHeap: asked,
    maxFilesOneQuery: maxFiles.count,
    maxFilesQuery: maxFiles.query,
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
  },
});
const repeats = Number(values.repeats);
const heapQueries = Number(values['heap-queries']);
if (values.dir === undefined || (values.reader !== 'memory' && values.reader !== 'disk') || !(repeats >= 2) || !(heapQueries >= 1)) {
  throw new Error('usage: probe-engine --dir INDEX [--reader memory|disk] [--repeats N≥2] [--heap-queries N]');
}
process.stdout.write(`${JSON.stringify(await probe(values.dir, values.reader, repeats, heapQueries))}\n`);
