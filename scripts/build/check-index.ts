// Staleness check: compares the index on disk with what the current content and code build, naming the first difference.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MANIFEST_FILE } from '../../src/index-format/artefacts';

/** Files written beside the artefacts that are not part of the comparison. */
const IGNORED = new Set(['README.md']);

/** Manifest keys, most telling first: a version or content change explains every later difference. */
const MANIFEST_KEYS = ['formatVersion', 'analyzerVersion', 'documentCount', 'contentHash', 'boosts', 'storedFields'] as const;

function listFiles(dir: string): string[] {
  const found: string[] = [];
  const visit = (path: string): void => {
    for (const entry of readdirSync(path).sort()) {
      const full = join(path, entry);
      if (statSync(full).isDirectory()) visit(full);
      else found.push(relative(dir, full).split('\\').join('/'));
    }
  };
  visit(dir);
  return found.filter((name) => !IGNORED.has(name));
}

function explainManifest(onDisk: string, expected: string): string | null {
  let disk: Record<string, unknown>;
  let fresh: Record<string, unknown>;
  try {
    disk = JSON.parse(onDisk) as Record<string, unknown>;
    fresh = JSON.parse(expected) as Record<string, unknown>;
  } catch {
    return `${MANIFEST_FILE} on disk is not valid JSON`;
  }
  for (const key of MANIFEST_KEYS) {
    const before = JSON.stringify(disk[key]);
    const after = JSON.stringify(fresh[key]);
    if (before !== after) return `${MANIFEST_FILE}: ${key} is ${String(before)} on disk but the current content and code give ${String(after)}`;
  }
  return null;
}

/**
 * Returns the first difference between `outDir` and the files a build would
 * write, or null when they are byte-for-byte the same.
 */
export function findFirstDifference(outDir: string, files: ReadonlyMap<string, string>): string | null {
  if (!existsSync(outDir)) return `${outDir} does not exist`;
  const manifest = files.get(MANIFEST_FILE);
  const manifestPath = join(outDir, MANIFEST_FILE);
  if (manifest !== undefined) {
    if (!existsSync(manifestPath)) return `${MANIFEST_FILE} is missing`;
    const explained = explainManifest(readFileSync(manifestPath, 'utf8'), manifest);
    if (explained !== null) return explained;
  }
  const onDisk = new Set(listFiles(outDir));
  for (const name of [...files.keys()].sort()) {
    if (!onDisk.has(name)) return `${name} is missing`;
    const bytes = readFileSync(join(outDir, name));
    const expected = Buffer.from(files.get(name) ?? '', 'utf8');
    if (!bytes.equals(expected)) {
      let offset = 0;
      while (offset < bytes.length && offset < expected.length && bytes[offset] === expected[offset]) offset++;
      return `${name} differs from byte ${offset} (${bytes.length} bytes on disk, ${expected.length} expected)`;
    }
  }
  const extra = [...onDisk].find((name) => !files.has(name));
  return extra === undefined ? null : `${extra} is on disk but no longer built`;
}
