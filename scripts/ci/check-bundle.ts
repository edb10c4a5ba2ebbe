// Deploy dry run: `wrangler deploy --dry-run` into a temporary folder, then the compressed bundle against the Workers size limits.
// Part of `npm test`, so a Worker that would not deploy fails the tests, not the release.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkBundleSize } from '../build/size-guards';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every file wrangler wrote, except source maps, which are not uploaded as code. */
function bundleFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((entry) => join(dir, entry))
    .filter((path) => statSync(path).isFile() && !path.endsWith('.map'));
}

function main(): number {
  const outdir = mkdtempSync(join(tmpdir(), 'bahth-bundle-'));
  try {
    const wrangler = join(ROOT, 'node_modules/.bin/wrangler');
    const run = spawnSync(wrangler, ['deploy', '--dry-run', '--outdir', outdir, ...process.argv.slice(2)], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) {
      console.error(
        `check:bundle: wrangler deploy --dry-run failed (exit ${String(run.status)}); this Worker would not deploy:\n${run.stdout}\n${run.stderr}`,
      );
      return 1;
    }
    const gzipBytes = bundleFiles(outdir).reduce((sum, path) => sum + gzipSync(readFileSync(path), { level: 9 }).length, 0);
    const findings = checkBundleSize(gzipBytes);
    for (const finding of findings) console.error(`check:bundle: ${finding.level}: ${finding.message}`);
    if (findings.some((finding) => finding.level === 'error')) return 1;
    console.log(
      `check:bundle: wrangler deploy --dry-run passed; bundle ${(gzipBytes / 1000).toFixed(0)} KB compressed (limits: 3 MB Free, 10 MB Paid)`,
    );
    return 0;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

process.exitCode = main();
