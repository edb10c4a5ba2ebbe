// Test helpers for the build CLI: temporary content folders, an in-process run with captured output, and folder snapshots.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach } from 'vitest';
import { runBuild } from '../../scripts/build/run-build';
import { createDiskReader } from '../../scripts/fuzz/read-index-from-disk';
import { loadEngine } from '../../src/loading/load-engine';
import { type Catalog, readCatalog } from '../support/read-catalog';

const created: string[] = [];
afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder holding these files (text, or bytes for encodings other than UTF-8); removed after the test. */
export function makeProject(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'bahth-build-'));
  created.push(root);
  writeFiles(root, files);
  return root;
}

export function writeFiles(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), contents);
  }
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the build CLI in `cwd` with these arguments, as `npm run build:index -- …` would. */
export async function runCli(cwd: string, args: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runBuild(args, {
    cwd,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { isTTY: false, write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

/** Every file under a folder with its bytes, so two folders (or one before and after) can be compared exactly. */
export function snapshotFolder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const visit = (path: string): void => {
    for (const entry of readdirSync(path).sort()) {
      const full = join(path, entry);
      if (statSync(full).isDirectory()) visit(full);
      else files[relative(dir, full)] = readFileSync(full).toString('base64');
    }
  };
  visit(dir);
  return files;
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** A valid article as one JSON line. */
export function articleLine(fields: Record<string, unknown>): string {
  return JSON.stringify({ title: 'عنوان الخبر', body: 'نص الخبر عن المغرب والجزائر.', ...fields });
}

/** The stored documents of a built index folder, read through the worker's loader. */
export async function readBuiltCatalog(dir: string): Promise<Catalog> {
  return readCatalog(await loadEngine(createDiskReader(dir)));
}
