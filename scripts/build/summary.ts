// Build summary: what was built, what changed and how big it is, for people (text) and for machines (--json).

import { gzipSync } from 'node:zlib';
import type { BuildChanges } from '../../src/indexing/build-index';
import type { SizeFinding } from './size-guards';

export interface BuildSummary {
  readonly articles: number;
  readonly segments: number;
  readonly files: number;
  readonly rawBytes: number;
  /** The largest file, which is the one nearest the per-asset limit. */
  readonly largest: { readonly name: string; readonly rawBytes: number; readonly gzipBytes: number };
  readonly changes: BuildChanges;
  /** Files and bytes that differ from the index the build replaced: what a deploy uploads. */
  readonly uploaded: { readonly files: number; readonly bytes: number };
  readonly seconds: number;
  readonly out: string;
  readonly findings: readonly SizeFinding[];
}

export interface SummaryInput {
  readonly articles: number;
  readonly segments: number;
  /** Every file of the new index with its size. */
  readonly sizes: ReadonlyMap<string, number>;
  /** The names of the files of the replaced index, if any. */
  readonly before: ReadonlySet<string>;
  readonly readFile: (name: string) => Uint8Array;
  readonly changes: BuildChanges;
  /** Wall-clock seconds of the build itself. */
  readonly seconds: number;
  readonly out: string;
  readonly findings: readonly SizeFinding[];
}

/** Sums sizes, finds the largest file (gzipped too: roughly what crosses the network) and what a deploy would upload. */
export function summarizeBuild(input: SummaryInput): BuildSummary {
  let rawBytes = 0;
  let largest = { name: '', rawBytes: 0 };
  let uploadedFiles = 0;
  let uploadedBytes = 0;
  for (const [name, bytes] of input.sizes) {
    rawBytes += bytes;
    if (bytes > largest.rawBytes) largest = { name, rawBytes: bytes };
    // Pieces are named by their content, so a piece already there is byte-identical; the manifest always changes.
    if (!input.before.has(name) || !name.startsWith('pieces/')) {
      uploadedFiles++;
      uploadedBytes += bytes;
    }
  }
  const gzipBytes = largest.name === '' ? 0 : gzipSync(input.readFile(largest.name), { level: 6 }).length;
  return {
    articles: input.articles,
    segments: input.segments,
    files: input.sizes.size,
    rawBytes,
    largest: { ...largest, gzipBytes },
    changes: input.changes,
    uploaded: { files: uploadedFiles, bytes: uploadedBytes },
    seconds: Math.round(input.seconds * 100) / 100,
    out: input.out,
    findings: input.findings,
  };
}

const size = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(0)} KiB`);

/** The closing lines a person reads after a build. */
export function formatSummary(summary: BuildSummary): string {
  const { changes } = summary;
  const what =
    changes.mode === 'full'
      ? 'full build'
      : `incremental: ${changes.added} added, ${changes.edited} edited, ${changes.deleted} deleted, ${changes.unchanged} unchanged`;
  return [
    `build-index: ${summary.articles.toLocaleString('en')} articles in ${summary.segments} segment(s) → ${summary.out} in ${summary.seconds.toFixed(2)}s (${what}${changes.merged > 0 ? `, ${changes.merged} merge(s)` : ''})`,
    `  ${summary.files} files, ${size(summary.rawBytes)}; largest ${summary.largest.name} ${size(summary.largest.rawBytes)} (${size(summary.largest.gzipBytes)} gzip)`,
    `  changed since the previous index: ${summary.uploaded.files} files, ${size(summary.uploaded.bytes)}`,
  ].join('\n');
}
