// The scale bench's human table: one row per corpus, figures as a reader compares them across sizes.

import type { Spread } from '../stats';
import type { ScaleResult } from './scale-result';

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;
const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(2));
const spreadMs = (value: Spread): string => `${ms(value.median)} [${ms(value.min)}–${ms(value.max)}]`;

const COLUMNS = [
  'corpus',
  'articles',
  'build wall / CPU s',
  'build peak RSS',
  'index files',
  'index bytes',
  'largest file',
  'cold-start read',
  'cold start ms',
  'first p50 / p99 ms',
  'warm p50 / p99 ms',
  'memory after load / after N queries (heap + buffers)',
  'most files one query',
] as const;

function rowOf(result: ScaleResult): string[] {
  const build =
    result.build === null
      ? ['(not built)', '–']
      : [`${result.build.wallSeconds.toFixed(1)} / ${result.build.cpuSeconds.toFixed(1)}`, mib(result.build.peakRssBytes)];
  const head = [result.corpus, String(result.articles ?? '–'), ...build];
  if (result.index === null || result.probe === null) return [...head, ...COLUMNS.slice(head.length).map(() => '–')];
  const { index, probe } = result;
  return [
    ...head,
    String(index.files),
    mib(index.bytes),
    `${index.largest.name} ${mib(index.largest.bytes)}`,
    `${kib(probe.coldBytes)} in ${probe.coldFiles} files`,
    spreadMs(probe.coldMs),
    `${ms(probe.firstP50)} / ${ms(probe.firstP99)}`,
    `${ms(probe.warmP50)} / ${ms(probe.warmP99)}`,
    `${mib(probe.memoryAfterLoad)} / ${mib(probe.memoryAfterQueries)} (N = ${probe.queriesForHeap})`,
    `${probe.maxFilesOneQuery} (${probe.maxFilesQuery})`,
  ];
}

/** A Markdown table, so it can go into docs as printed; a refused build is listed under it with its reason. */
export function formatScaleTable(results: readonly ScaleResult[]): string {
  const lines = [`| ${COLUMNS.join(' | ')} |`, `| ${COLUMNS.map(() => '---').join(' | ')} |`];
  for (const result of results) lines.push(`| ${rowOf(result).join(' | ')} |`);
  for (const result of results) {
    if (result.build !== null && result.build.exitCode !== 0)
      lines.push('', `${result.corpus}: the build exited ${result.build.exitCode}: ${result.build.errors.join(' ')}`);
  }
  return lines.join('\n');
}
