// Size guards: the artefacts against Cloudflare Workers' limits, warning as they approach and failing past them.

/** Limits that apply to index-data/ as static assets (https://developers.cloudflare.com/workers/platform/limits/). */
export const ASSET_LIMITS = {
  /** Largest single static asset. */
  fileBytes: 25 * 1024 * 1024,
  /** Most static assets one Worker version may carry on the Free plan. */
  fileCount: 20_000,
} as const;

/** Warn once a limit is this full, so a growing corpus is noticed before a deploy fails. */
export const WARNING_RATIO = 0.8;

export interface SizeFinding {
  readonly level: 'warning' | 'error';
  readonly message: string;
}

const mebibytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Checks every artefact size and the number of files; returns findings, worst first. */
export function checkArtefactSizes(sizes: ReadonlyMap<string, number>): SizeFinding[] {
  const findings: SizeFinding[] = [];
  for (const [name, bytes] of sizes) {
    if (bytes > ASSET_LIMITS.fileBytes) {
      findings.push({
        level: 'error',
        message: `${name} is ${mebibytes(bytes)}, over the ${mebibytes(ASSET_LIMITS.fileBytes)} limit for one Workers static asset; split the corpus across smaller indexes, store fewer fields (storedFields in search.config.json), or trim article bodies`,
      });
    } else if (bytes > ASSET_LIMITS.fileBytes * WARNING_RATIO) {
      findings.push({
        level: 'warning',
        message: `${name} is ${mebibytes(bytes)}, near the ${mebibytes(ASSET_LIMITS.fileBytes)} limit for one Workers static asset`,
      });
    }
  }
  const count = sizes.size + 1; // + the README written beside the artefacts
  if (count > ASSET_LIMITS.fileCount) {
    findings.push({
      level: 'error',
      message: `${count} files, over the ${ASSET_LIMITS.fileCount} static assets a Worker may carry; lower MAX_BODY_SHARDS in src/index-format/artefacts.ts (larger body shards), or split the corpus across smaller indexes`,
    });
  } else if (count > ASSET_LIMITS.fileCount * WARNING_RATIO) {
    findings.push({ level: 'warning', message: `${count} files, near the ${ASSET_LIMITS.fileCount} static assets a Worker may carry` });
  }
  return findings.sort((a, b) => (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1));
}

/** Limits of the compressed Worker script bundle (the index is not in it, but the code is). */
export const BUNDLE_LIMITS = { freeBytes: 3 * 1000 * 1000, paidBytes: 10 * 1000 * 1000 } as const;

/** Checks a gzip-compressed bundle size against the Free and Paid plan limits. */
export function checkBundleSize(gzipBytes: number): SizeFinding[] {
  const size = `${(gzipBytes / 1000 / 1000).toFixed(2)} MB compressed`;
  if (gzipBytes > BUNDLE_LIMITS.paidBytes) {
    return [
      {
        level: 'error',
        message: `the Worker bundle is ${size}, over the 10 MB limit of every plan; move data out of the code into static assets and drop unused dependencies`,
      },
    ];
  }
  if (gzipBytes > BUNDLE_LIMITS.freeBytes) {
    return [{ level: 'warning', message: `the Worker bundle is ${size}, over the 3 MB Free plan limit (fine on Workers Paid, up to 10 MB)` }];
  }
  if (gzipBytes > BUNDLE_LIMITS.freeBytes * WARNING_RATIO) {
    return [{ level: 'warning', message: `the Worker bundle is ${size}, near the 3 MB Free plan limit` }];
  }
  return [];
}
