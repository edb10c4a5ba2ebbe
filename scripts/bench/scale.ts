// `npm run bench:scale`: builds each corpus with `npm run build:index`, then measures the index in fresh processes; JSON on stdout, a table on stderr.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildInChild } from './scale/build-in-child';
import { measureFootprint } from './scale/index-footprint';
import type { ProbeMeasurement, ReaderKind } from './scale/probe-engine';
import { formatScaleTable } from './scale/scale-report';
import type { ProbeSummary, ScaleResult } from './scale/scale-result';
import { median, spread } from './stats';

const DEFAULT_CORPUS = 'news-10k=../shared/data/news-jawhara.jsonl';

const USAGE = `Usage: npm run bench:scale -- [--corpus [LABEL=]FILE[+FILE...]]... [--index [LABEL=]DIR]... [options]

  --corpus SPEC     content to build and measure: files joined with +, optionally labelled
                    (default ${DEFAULT_CORPUS}); repeatable, one row each
  --index SPEC      measure an index already built in DIR, without building; repeatable
  --runs N          fresh processes measuring each index; figures are their medians (default 5)
  --repeats N       passes over the news queries per process: the first reported apart, the
                    rest as warm latency (default 5, at least 2)
  --heap-queries N  queries answered before the heap is read (default 1000)
  --queries FILE    ask these queries (JSONL {"q": …}) instead of the 165 news queries of eval/news/queries.jsonl
  --cache-mib N     the piece cache's budget in MiB (default: the engine's, 48)
  --reader KIND     memory: every index byte in memory before the clock starts (default);
                    disk: files read from disk when asked for
  --keep DIR        keep the built indexes in DIR/LABEL (default: a temporary folder, removed)
  --help            show this text

Prints one JSON object on stdout, and progress and a Markdown table on stderr.`;

interface Target {
  readonly label: string;
  readonly paths: string[];
  readonly prebuilt: boolean;
}

function parseTarget(spec: string, prebuilt: boolean): Target {
  const equals = spec.indexOf('=');
  const paths = (equals === -1 ? spec : spec.slice(equals + 1)).split('+').map((path) => resolve(path));
  const label = equals === -1 ? paths.map((path) => basename(path).replace(/\.jsonl(\.gz)?$/, '')).join('+') : spec.slice(0, equals);
  if (prebuilt && paths.length !== 1) throw new Error(`--index takes one folder, got ${spec}`);
  return { label, paths, prebuilt };
}

function probeInChild(dir: string, settings: Settings): ProbeMeasurement {
  const { reader, repeats, heapQueries, queries, cacheMib } = settings;
  const script = 'scripts/bench/scale/probe-engine.ts';
  const args = [
    '--expose-gc',
    '--import',
    'tsx',
    script,
    '--dir',
    dir,
    '--reader',
    reader,
    '--repeats',
    String(repeats),
    '--heap-queries',
    String(heapQueries),
    ...(queries === undefined ? [] : ['--queries', queries]),
    ...(cacheMib === undefined ? [] : ['--cache-mib', String(cacheMib)]),
  ];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`bench:scale: measuring ${dir} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as ProbeMeasurement;
}

function summarizeProbes(probes: readonly ProbeMeasurement[]): ProbeSummary {
  const mid = (pick: (probe: ProbeMeasurement) => number): number => median(probes.map(pick));
  const widest = probes.reduce((most, probe) => (probe.maxFilesOneQuery > most.maxFilesOneQuery ? probe : most));
  return {
    runs: probes.length,
    coldBytes: mid((probe) => probe.coldBytes),
    coldFiles: mid((probe) => probe.coldFiles),
    coldMs: spread(probes.map((probe) => probe.coldMs)),
    firstP50: mid((probe) => probe.firstP50),
    firstP99: mid((probe) => probe.firstP99),
    warmP50: mid((probe) => probe.warmP50),
    warmP99: mid((probe) => probe.warmP99),
    memoryAfterLoad: mid((probe) => probe.memoryAfterLoad),
    memoryAfterQueries: mid((probe) => probe.memoryAfterQueries),
    queriesForHeap: widest.queriesForHeap,
    maxFilesOneQuery: widest.maxFilesOneQuery,
    maxFilesQuery: widest.maxFilesQuery,
    answered: mid((probe) => probe.answered),
    queries: widest.queries,
  };
}

interface Settings {
  readonly runs: number;
  readonly repeats: number;
  readonly heapQueries: number;
  readonly reader: ReaderKind;
  /** A JSONL file of {"q": …} lines to ask instead of the news queries. */
  readonly queries: string | undefined;
  /** The piece cache's budget in MiB; the engine's default when undefined. */
  readonly cacheMib: number | undefined;
}

function measureTarget(target: Target, root: string, settings: Settings): ScaleResult {
  const log = (text: string): void => void process.stderr.write(`bench:scale: ${target.label}: ${text}\n`);
  const dir = target.prebuilt ? target.paths[0]! : join(root, target.label);
  let build = null;
  if (!target.prebuilt) {
    log('building with npm run build:index…');
    build = buildInChild(target.paths, dir);
    log(`built in ${build.wallSeconds.toFixed(1)} s (exit ${build.exitCode})`);
    if (build.exitCode !== 0) return { corpus: target.label, content: target.paths, articles: build.articles, build, index: null, probe: null };
  }
  const index = measureFootprint(dir);
  const probes: ProbeMeasurement[] = [];
  for (let run = 1; run <= settings.runs; run++) {
    log(`probe ${run} of ${settings.runs}…`);
    probes.push(probeInChild(dir, settings));
  }
  return { corpus: target.label, content: target.paths, articles: build?.articles ?? null, build, index, probe: summarizeProbes(probes) };
}

function commitOf(): string {
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '';
  return dirty ? `${head} (with uncommitted changes)` : head;
}

function readSettings(values: Record<string, string | boolean | string[] | undefined>): Settings {
  const runs = Number(values.runs);
  const repeats = Number(values.repeats);
  const heapQueries = Number(values['heap-queries']);
  const reader = values.reader;
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(repeats) || repeats < 2 || !Number.isInteger(heapQueries) || heapQueries < 1) {
    throw new Error(`--runs and --heap-queries must be whole numbers of at least 1, --repeats of at least 2\n\n${USAGE}`);
  }
  if (reader !== 'memory' && reader !== 'disk') throw new Error(`--reader is memory or disk, not ${String(reader)}\n\n${USAGE}`);
  const queries = typeof values.queries === 'string' ? resolve(values.queries) : undefined;
  const cacheMib = typeof values['cache-mib'] === 'string' ? Number(values['cache-mib']) : undefined;
  if (cacheMib !== undefined && !(cacheMib > 0)) throw new Error(`--cache-mib must be a positive number of MiB\n\n${USAGE}`);
  return { runs, repeats, heapQueries, reader, queries, cacheMib };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', multiple: true },
      index: { type: 'string', multiple: true },
      runs: { type: 'string', default: '5' },
      repeats: { type: 'string', default: '5' },
      'heap-queries': { type: 'string', default: '1000' },
      queries: { type: 'string' },
      'cache-mib': { type: 'string' },
      reader: { type: 'string', default: 'memory' },
      keep: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const settings = readSettings(values);
  const prebuilt = (values.index ?? []).map((spec) => parseTarget(spec, true));
  const targets = [...(values.corpus ?? (prebuilt.length > 0 ? [] : [DEFAULT_CORPUS])).map((spec) => parseTarget(spec, false)), ...prebuilt];
  const root = values.keep === undefined ? mkdtempSync(join(tmpdir(), 'bahth-scale-')) : resolve(values.keep);
  mkdirSync(root, { recursive: true });
  const environment = {
    date: new Date().toISOString(),
    commit: commitOf(),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    command: `npm run bench:scale -- ${process.argv.slice(2).join(' ')}`.trim(),
    /** The 1-minute load average at the start: on a shared machine, figures taken under load are not comparable with quiet ones. */
    loadAverageAtStart: loadavg()[0]!,
    ...settings,
  };
  const results: ScaleResult[] = [];
  try {
    for (const target of targets) results.push(measureTarget(target, root, settings));
  } finally {
    if (values.keep === undefined) rmSync(root, { recursive: true, force: true });
  }
  const loadAverageAtEnd = loadavg()[0]!;
  process.stderr.write(
    `\n${formatScaleTable(results)}\n\n${environment.date} · commit ${environment.commit} · load average ${environment.loadAverageAtStart.toFixed(1)} → ${loadAverageAtEnd.toFixed(1)} · ${environment.command}\n`,
  );
  process.stdout.write(`${JSON.stringify({ environment: { ...environment, loadAverageAtEnd }, results })}\n`);
}

try {
  await main();
} catch (error) {
  process.stderr.write(`bench:scale: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
