// `npm run bench`: builds each corpus with this project and the peers, measures each in fresh child processes, prints a table.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { BenchEngine } from './bench-engine';
import { measureBundle } from './bundle-size';
import { type Corpus, readArcdCorpus, readNewsCorpus } from './corpora';
import { ENGINES } from './engines/index';
import type { EngineMeasurement } from './measure-engine';
import { type EngineResult, printReport } from './report';
import { median, spread } from './stats';

const USAGE = `Usage: npm run bench -- [options]

  --runs N        fresh processes per engine and corpus (default 5)
  --repeats N     passes over the query set per process after the cold start, the first reported
                  apart (data read for the first time), the rest as warm latency (default 5, at least 2)
  --corpus LIST   comma-separated: news-1000, news-all, arcd (default all three)
  --engine LIST   comma-separated: ${ENGINES.map((engine) => engine.name).join(', ')} (default all)
  --json FILE     also write the figures as one JSON object to FILE
  --no-bundle     skip the Worker bundle size (wrangler deploy --dry-run)
  --help          show this text`;

function corpusNamed(name: string): Corpus {
  if (name === 'news-1000') return readNewsCorpus(1000);
  if (name === 'news-all') return readNewsCorpus();
  if (name === 'arcd') return readArcdCorpus();
  throw new Error(`unknown corpus ${name}; use news-1000, news-all or arcd\n${USAGE}`);
}

function writeArtefacts(dir: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  for (const [name, contents] of files) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), contents);
  }
}

function sizeOf(files: ReadonlyMap<string, string | Uint8Array>, names: readonly string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const name of names) {
    const contents = files.get(name) ?? '';
    const bytes = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents;
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { raw, gzip };
}

function measureInChild(engine: string, dir: string, repeats: number): EngineMeasurement {
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'scripts/bench/measure-engine.ts', '--engine', engine, '--dir', dir, '--repeats', String(repeats)],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`bench: measuring ${engine} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as EngineMeasurement;
}

async function benchEngine(engine: BenchEngine, corpus: Corpus, root: string, runs: number, repeats: number): Promise<EngineResult> {
  const started = performance.now();
  const built = await engine.build(corpus.articles);
  const buildMs = performance.now() - started;
  const dir = join(root, corpus.name, engine.name);
  writeArtefacts(dir, built.files);
  const measurements: EngineMeasurement[] = [];
  for (let run = 0; run < runs; run++) measurements.push(measureInChild(engine.name, dir, repeats));
  const pick = (key: keyof EngineMeasurement) => measurements.map((m) => m[key]);
  return {
    engine: engine.name,
    corpus: corpus.name,
    buildMs,
    total: sizeOf(built.files, [...built.files.keys()]),
    cold: sizeOf(built.files, built.coldFiles),
    loadMs: spread(pick('loadMs')),
    coldMs: spread(pick('coldMs')),
    heapBytes: spread(pick('heapBytes')),
    firstP50: spread(pick('firstP50')),
    firstP99: spread(pick('firstP99')),
    p50: spread(pick('p50')),
    p95: spread(pick('p95')),
    p99: spread(pick('p99')),
    answered: median(pick('answered')),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      repeats: { type: 'string', default: '5' },
      corpus: { type: 'string', default: 'news-1000,news-all,arcd' },
      engine: { type: 'string' },
      json: { type: 'string' },
      'no-bundle': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const runs = Number(values.runs);
  const repeats = Number(values.repeats);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(repeats) || repeats < 2) {
    throw new Error(`--runs must be a whole number of at least 1, --repeats of at least 2 (a first pass, then warm passes)\n${USAGE}`);
  }
  const wanted = values.engine?.split(',');
  const unknown = wanted?.filter((name) => !ENGINES.some((engine) => engine.name === name)) ?? [];
  if (unknown.length > 0) throw new Error(`unknown engine ${unknown.join(', ')}\n${USAGE}`);
  const engines = ENGINES.filter((engine) => wanted === undefined || wanted.includes(engine.name));
  const root = mkdtempSync(join(tmpdir(), 'bahth-bench-'));
  const results: EngineResult[] = [];
  try {
    for (const corpusName of values.corpus.split(',')) {
      const corpus = corpusNamed(corpusName);
      for (const engine of engines) {
        process.stderr.write(`bench: ${corpus.name} × ${engine.name}…\n`);
        results.push(await benchEngine(engine, corpus, root, runs, repeats));
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const bundle = values['no-bundle'] ? null : measureBundle();
  const environment = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: (await import('node:os')).cpus().length,
    cpuModel: (await import('node:os')).cpus()[0]?.model ?? 'unknown',
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    runs,
    repeats,
  };
  printReport(results, bundle, engines, environment);
  if (values.json !== undefined) {
    writeFileSync(values.json, `${JSON.stringify({ environment, bundle, results })}\n`);
  }
}

try {
  await main();
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
