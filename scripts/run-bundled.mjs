// Runs a TypeScript entry point as one esbuild bundle, cached in node_modules/.cache/bahth and made again
// when a file under src/ or scripts/ (or the lock file) is newer. Plain JavaScript, so it needs no loader.
//
// Why not tsx: tsx compiles every module through a loader thread at each start, about 0.7 CPU-seconds for
// the build CLI; an incremental build that changes a hundred articles costs about 2.5 in all, so the
// loader alone would be a fifth of it. esbuild (already installed under wrangler and tsx) bundles the
// same sources in about 0.2 s, and only when they changed.
//
// Usage: node [node flags] scripts/run-bundled.mjs scripts/<entry>.ts [arguments for the entry]

import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...rest] = process.argv.slice(2);
if (entry === undefined || !entry.endsWith('.ts')) {
  process.stderr.write('usage: node scripts/run-bundled.mjs scripts/<entry>.ts [arguments]\n');
  process.exit(2);
}

/** The newest modification time under a folder, in milliseconds (0 when it does not exist). */
function newestUnder(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestUnder(join(path, name)));
  return newest;
}

/** Packages compiled into the bundle rather than imported at run time. */
const BUNDLED_PACKAGES = new Set(['zod']);

/** Every package the project depends on, by name. */
function dependencies() {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
}

const bundle = join(root, 'node_modules', '.cache', 'bahth', `${basename(entry, '.ts')}.mjs`);
let bundledAt = 0;
try {
  bundledAt = statSync(bundle).mtimeMs;
} catch {}
const sourcesAt = Math.max(...['src', 'scripts', 'package-lock.json'].map((name) => newestUnder(join(root, name))));
if (bundledAt <= sourcesAt) {
  const { buildSync } = await import('esbuild');
  mkdirSync(dirname(bundle), { recursive: true });
  buildSync({
    entryPoints: [resolve(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies stay imports, resolved from node_modules as tsx would resolve them, except those
    // every start of the build loads (zod validates every article): Node resolves, reads and compiles
    // a package's modules one by one, about 0.03 CPU-seconds for zod, which an incremental build pays
    // on every run. Parsers for Markdown and HTML stay imports, loaded only for such content.
    external: dependencies().filter((name) => !BUNDLED_PACKAGES.has(name)),
    outfile: bundle,
    logLevel: 'warning',
  });
}
process.argv = [process.argv[0], resolve(entry), ...rest];
await import(pathToFileURL(bundle).href);
