// The Worker bundle as Cloudflare would receive it: `wrangler deploy --dry-run --outdir`, raw and gzip.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

/** Bundles the worker without deploying it; null (with the reason on stderr) when wrangler fails. */
export function measureBundle(): BundleSize | null {
  const outdir = mkdtempSync(join(tmpdir(), 'bahth-bundle-'));
  try {
    const run = spawnSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], { encoding: 'utf8' });
    if (run.status !== 0) {
      process.stderr.write(`bench: wrangler deploy --dry-run failed:\n${run.stderr}\n`);
      return null;
    }
    let rawBytes = 0;
    let gzipBytes = 0;
    for (const name of readdirSync(outdir)) {
      if (name.endsWith('.map')) continue;
      const contents = readFileSync(join(outdir, name));
      rawBytes += contents.length;
      gzipBytes += gzipSync(contents).length;
    }
    return { rawBytes, gzipBytes };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
