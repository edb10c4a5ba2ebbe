// Build summary: what was built and how big it is, for people (text) and for machines (--json).

import { gzipSync } from 'node:zlib';
import type { SizeFinding } from './size-guards';

export interface BuildSummary {
  readonly articles: number;
  readonly terms: number;
  readonly files: number;
  readonly rawBytes: number;
  readonly gzipBytes: number;
  /** The largest file, which is the one nearest the per-asset limit. */
  readonly largest: { readonly name: string; readonly rawBytes: number; readonly gzipBytes: number };
  readonly seconds: number;
  readonly out: string;
  readonly findings: readonly SizeFinding[];
}

export interface SummaryInput {
  readonly articles: number;
  readonly terms: number;
  readonly files: ReadonlyMap<string, string>;
  /** Wall-clock seconds of the build itself (measuring sizes afterwards is not counted). */
  readonly seconds: number;
  readonly out: string;
  readonly findings: readonly SizeFinding[];
}

/** Measures raw and gzip sizes of every artefact (gzip is roughly what crosses the network). */
export function summarizeBuild(input: SummaryInput): BuildSummary {
  let rawBytes = 0;
  let gzipBytes = 0;
  let largest = { name: '', rawBytes: 0, gzipBytes: 0 };
  for (const [name, contents] of input.files) {
    const raw = Buffer.byteLength(contents, 'utf8');
    const gzip = gzipSync(contents, { level: 6 }).length;
    rawBytes += raw;
    gzipBytes += gzip;
    if (raw > largest.rawBytes) largest = { name, rawBytes: raw, gzipBytes: gzip };
  }
  const seconds = Math.round(input.seconds * 100) / 100;
  return { articles: input.articles, terms: input.terms, files: input.files.size, rawBytes, gzipBytes, largest, seconds, out: input.out, findings: input.findings };
}

const size = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(0)} KiB`);

/** The closing lines a person reads after a build. */
export function formatSummary(summary: BuildSummary): string {
  const lines = [
    `build-index: ${summary.articles.toLocaleString('en')} articles, ${summary.terms.toLocaleString('en')} terms → ${summary.out} in ${summary.seconds.toFixed(2)}s`,
    `  ${summary.files} files, ${size(summary.rawBytes)} raw, ${size(summary.gzipBytes)} gzip; largest ${summary.largest.name} ${size(summary.largest.rawBytes)} (${size(summary.largest.gzipBytes)} gzip)`,
  ];
  return lines.join('\n');
}
