// Bench report: Markdown tables of every figure, and the ratio of ours to each peer's.

import type { BenchEngine } from './bench-engine';
import type { BundleSize } from './bundle-size';
import type { Spread } from './stats';

export interface EngineResult {
  readonly engine: string;
  readonly corpus: string;
  readonly buildMs: number;
  readonly total: { raw: number; gzip: number };
  readonly cold: { raw: number; gzip: number };
  readonly loadMs: Spread;
  readonly coldMs: Spread;
  readonly heapBytes: Spread;
  readonly firstP50: Spread;
  readonly firstP99: Spread;
  readonly p50: Spread;
  readonly p95: Spread;
  readonly p99: Spread;
  readonly answered: number;
}

export interface BenchEnvironment {
  readonly date: string;
  readonly node: string;
  readonly cpus: number;
  readonly cpuModel: string;
  readonly command: string;
  readonly runs: number;
  readonly repeats: number;
}

export const OURS = 'bahth';

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(2);
const digits = (value: number): number => (value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3);
const fixed = (value: number): string => value.toFixed(digits(Math.abs(value)));
const withSpread = (s: Spread, scale = 1): string => `${fixed(s.median / scale)} [${fixed(s.min / scale)}–${fixed(s.max / scale)}]`;

function resultRow(result: EngineResult): string {
  return [
    result.engine,
    (result.buildMs / 1000).toFixed(2),
    `${megabytes(result.total.raw)} / ${megabytes(result.total.gzip)}`,
    `${megabytes(result.cold.raw)} / ${megabytes(result.cold.gzip)}`,
    withSpread(result.coldMs),
    withSpread(result.loadMs),
    withSpread(result.heapBytes, 1024 * 1024),
    `${fixed(result.firstP50.median)} / ${fixed(result.firstP99.median)}`,
    withSpread(result.p50),
    withSpread(result.p95),
    withSpread(result.p99),
    String(result.answered),
  ].join(' | ');
}

const RATIO_FIGURES: readonly [string, (r: EngineResult) => number][] = [
  ['cold start', (r) => r.coldMs.median],
  ['first-pass p99', (r) => r.firstP99.median],
  ['p50', (r) => r.p50.median],
  ['p95', (r) => r.p95.median],
  ['p99', (r) => r.p99.median],
  ['heap', (r) => r.heapBytes.median],
  ['cold gzip', (r) => r.cold.gzip],
  ['all gzip', (r) => r.total.gzip],
  ['build', (r) => r.buildMs],
];

/** Our engines are named after the project (bahth, bahth-search-only); every other engine is a peer. */
const isOurs = (result: EngineResult): boolean => result.engine === OURS || result.engine.startsWith(`${OURS}-`);

function ratioRows(results: readonly EngineResult[]): string[] {
  const peers = results.filter((r) => !isOurs(r));
  return results
    .filter(isOurs)
    .flatMap((ours) =>
      peers.map((peer) =>
        [`${ours.engine} / ${peer.engine}`, ...RATIO_FIGURES.map(([, figure]) => (figure(ours) / figure(peer)).toFixed(2))].join(' | '),
      ),
    );
}

/** Prints the whole report as Markdown, ready to paste into BENCHMARKS.md. */
export function printReport(
  results: readonly EngineResult[],
  bundle: BundleSize | null,
  engines: readonly BenchEngine[],
  environment: BenchEnvironment,
): void {
  const lines: string[] = [];
  lines.push(`Node ${environment.node}, ${environment.cpus} × ${environment.cpuModel}, ${environment.date}`);
  lines.push(
    `\`${environment.command}\`: ${environment.runs} fresh processes per engine × corpus; the query set × ${environment.repeats} per process (1 first pass, ${environment.repeats - 1} warm).`,
  );
  lines.push(
    'Figures are medians [min–max over processes]; latencies are per query in ms (bahth includes title and body snippets of the first page). ' +
      'The first pass over the queries is reported apart (terms, tree nodes and body shards read for the first time); p50/p95/p99 are the later, warm passes.',
  );
  for (const corpus of [...new Set(results.map((r) => r.corpus))]) {
    const rows = results.filter((r) => r.corpus === corpus);
    lines.push('', `### ${corpus}`, '');
    lines.push(
      'engine | build s | all MB raw / gzip | cold-load MB raw / gzip | cold start ms | load ms | heap MB | first pass p50 / p99 ms | p50 ms | p95 ms | p99 ms | queries answered',
    );
    lines.push('--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---:');
    for (const row of rows) lines.push(resultRow(row));
    const ratios = ratioRows(rows);
    if (ratios.length > 0) {
      lines.push('', `Ratios, ours / peer (below 1 = ours smaller or faster):`, '');
      lines.push(['ratio', ...RATIO_FIGURES.map(([name]) => name)].join(' | '));
      lines.push(['---', ...RATIO_FIGURES.map(() => '---:')].join(' | '));
      lines.push(...ratios);
    }
  }
  if (bundle !== null)
    lines.push(
      '',
      `Worker bundle (wrangler deploy --dry-run): ${(bundle.rawBytes / 1024).toFixed(0)} KiB raw, ${(bundle.gzipBytes / 1024).toFixed(0)} KiB gzip.`,
    );
  lines.push('', 'Configurations:', ...engines.map((engine) => `- ${engine.name}: ${engine.configuration}`));
  process.stdout.write(`${lines.join('\n')}\n`);
}
