// Relevance gate for CI: runs `npm run eval` on each relevance set and fails when MRR@10 falls below the threshold kept in relevance-thresholds.json.
//
// The relevance data lives outside the repository (../shared/data, or the
// folder in BAHTH_DATA_DIR): without it the gate is skipped with a warning,
// never silently passed.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const THRESHOLDS_FILE = join(ROOT, 'scripts/ci/relevance-thresholds.json');

interface Gate {
  /** Arguments after `npm run eval --`; {data} is replaced by the data folder. */
  readonly evalArgs: readonly string[];
  /** The data file the set needs, relative to the data folder. */
  readonly requires: string;
  readonly minMrrAt10: number;
  readonly note: string;
}

/** GitHub shows `::warning::` lines as annotations; elsewhere they read as plain warnings. */
function warn(message: string): void {
  console.log(`::warning::${message}`);
}

function readGates(): Record<string, Gate> {
  return JSON.parse(readFileSync(THRESHOLDS_FILE, 'utf8')) as Record<string, Gate>;
}

function runEval(args: readonly string[]): { mrrAt10: number } | string {
  const result = spawnSync('npm', ['run', '--silent', 'eval', '--', ...args, '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) return `npm run eval failed (exit ${String(result.status)}):\n${result.stderr.trim()}`;
  try {
    const figures = JSON.parse(result.stdout) as { clean?: { mrrAt10?: unknown } };
    const mrr = figures.clean?.mrrAt10;
    return typeof mrr === 'number' ? { mrrAt10: mrr } : 'npm run eval -- --json printed no clean.mrrAt10';
  } catch {
    return `npm run eval -- --json did not print JSON:\n${result.stdout.slice(0, 400)}`;
  }
}

function main(): number {
  const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  if (packageJson.scripts?.eval === undefined) {
    warn('relevance gate skipped: package.json has no "eval" script yet');
    return 0;
  }
  const dataDir = resolve(ROOT, process.env.BAHTH_DATA_DIR ?? '../shared/data');
  let failed = 0;
  for (const [name, gate] of Object.entries(readGates())) {
    if (!existsSync(join(dataDir, gate.requires))) {
      warn(`relevance gate "${name}" skipped: ${join(dataDir, gate.requires)} is absent (set BAHTH_DATA_DIR to the folder holding it)`);
      continue;
    }
    const args = gate.evalArgs.map((arg) => arg.replace('{data}', dataDir));
    const outcome = runEval(args);
    if (typeof outcome === 'string') {
      console.error(`relevance gate "${name}": ${outcome}`);
      failed++;
    } else if (outcome.mrrAt10 < gate.minMrrAt10) {
      console.error(
        `relevance gate "${name}": MRR@10 ${outcome.mrrAt10.toFixed(4)} is below the threshold ${gate.minMrrAt10} in scripts/ci/relevance-thresholds.json; find the change that hurt ranking (npm run eval -- ${args.join(' ')} --misses 20)`,
      );
      failed++;
    } else {
      console.log(`relevance gate "${name}": MRR@10 ${outcome.mrrAt10.toFixed(4)} ≥ ${gate.minMrrAt10}`);
    }
  }
  return failed === 0 ? 0 : 1;
}

process.exitCode = main();
