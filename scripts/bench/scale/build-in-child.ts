// Runs `npm run build:index` as a child process under GNU time: wall and CPU seconds, peak memory, and the build's own verdict.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';

export interface BuildRun {
  readonly exitCode: number;
  readonly wallSeconds: number;
  /** User + system CPU of the build and its children. */
  readonly cpuSeconds: number;
  /** The largest resident set of any process of the build (the Node build itself). */
  readonly peakRssBytes: number;
  readonly articles: number | null;
  /** The build's error lines when it refused or failed (for example a file over the static-asset limit). */
  readonly errors: readonly string[];
}

function field(report: string, label: string): number {
  const match = new RegExp(`${label.replace(/[()]/g, '\\$&')}: ([\\d.:]+)`).exec(report);
  if (match === null) throw new Error(`bench:scale: GNU time printed no "${label}"; is ${GNU_TIME} GNU time?`);
  return Number(match[1]);
}

/** "h:mm:ss" or "m:ss.ss" → seconds. */
function clockSeconds(report: string): number {
  const match = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(report);
  if (match === null) throw new Error('bench:scale: GNU time printed no wall-clock time');
  return match[1]!.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

function articlesOf(stdout: string): number | null {
  try {
    const summary = JSON.parse(stdout.trim().split('\n').pop() ?? '') as { articles?: unknown };
    return typeof summary.articles === 'number' ? summary.articles : null;
  } catch {
    return null;
  }
}

/** Builds the index of `content` into `out` exactly as a user would, with `npm run build:index -- … --json`. */
export function buildInChild(content: readonly string[], out: string): BuildRun {
  if (!existsSync(GNU_TIME)) throw new Error(`bench:scale measures the build with ${GNU_TIME} -v; install it with \`apt-get install time\``);
  const args = ['-v', 'npm', 'run', '--silent', 'build:index', '--', ...content.flatMap((path) => ['--content', path]), '--out', out, '--json'];
  const run = spawnSync(GNU_TIME, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const stderr = run.stderr ?? '';
  const timeReport = stderr.slice(stderr.lastIndexOf('\tCommand being timed:'));
  const buildStderr = stderr.slice(0, stderr.lastIndexOf('\tCommand being timed:'));
  return {
    exitCode: run.status ?? 1,
    wallSeconds: clockSeconds(timeReport),
    cpuSeconds: field(timeReport, 'User time (seconds)') + field(timeReport, 'System time (seconds)'),
    peakRssBytes: field(timeReport, 'Maximum resident set size (kbytes)') * 1024,
    articles: articlesOf(run.stdout ?? ''),
    errors: buildStderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('Command exited with non-zero status')),
  };
}
