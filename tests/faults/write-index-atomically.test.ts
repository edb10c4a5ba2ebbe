// Atomic index output: every state a killed build can leave behind recovers to a whole index, old or new, and nothing else is touched.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recoverInterruptedSwap, writeIndexAtomically } from '../../scripts/write-index-atomically';

let parent: string;
let out: string;

const OLD = new Map([
  ['manifest.json', '{"build":"old"}'],
  ['bodies/0000.json', '["old"]'],
]);
const NEW = new Map([
  ['manifest.json', '{"build":"new"}'],
  ['bodies/0000.json', '["new"]'],
]);

function writeFolder(path: string, files: ReadonlyMap<string, string>): void {
  for (const [name, contents] of files) {
    mkdirSync(join(path, name, '..'), { recursive: true });
    writeFileSync(join(path, name), contents);
  }
}

const buildOf = (path: string): string => readFileSync(join(path, 'manifest.json'), 'utf8');

beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'bahth-atomic-'));
  out = join(parent, 'index-data');
});

afterEach(() => rmSync(parent, { recursive: true, force: true }));

describe('recoverInterruptedSwap', () => {
  it('removes a half-written staging folder and keeps the old index (killed while writing)', () => {
    writeFolder(out, OLD);
    writeFolder(`${out}.tmp-4242`, new Map([['manifest.json', '{"build":"new"}']]));
    recoverInterruptedSwap(out);
    expect(buildOf(out)).toBe('{"build":"old"}');
    expect(readdirSync(parent)).toEqual(['index-data']);
  });

  it('puts the old index back when the build was killed between its two renames', () => {
    writeFolder(`${out}.old-4242`, OLD);
    writeFolder(`${out}.tmp-4242`, NEW);
    recoverInterruptedSwap(out);
    expect(buildOf(out)).toBe('{"build":"old"}');
    expect(readdirSync(parent)).toEqual(['index-data']);
  });

  it('removes the old index once the new one is in place (killed while deleting the old one)', () => {
    writeFolder(out, NEW);
    writeFolder(`${out}.old-4242`, new Map([['bodies/0000.json', '["old"]']]));
    recoverInterruptedSwap(out);
    expect(buildOf(out)).toBe('{"build":"new"}');
    expect(readdirSync(parent)).toEqual(['index-data']);
  });

  it('leaves alone siblings that a build did not create', () => {
    writeFolder(out, OLD);
    for (const name of ['index-data.backup', 'index-data.tmp-notes', 'index-data.old-copy', 'index-data-2']) writeFolder(join(parent, name), OLD);
    writeFileSync(join(parent, 'index-data.tar.gz'), 'archive');
    recoverInterruptedSwap(out);
    expect(readdirSync(parent).sort()).toEqual([
      'index-data',
      'index-data-2',
      'index-data.backup',
      'index-data.old-copy',
      'index-data.tar.gz',
      'index-data.tmp-notes',
    ]);
  });

  it('does nothing when the parent folder does not exist', () => {
    expect(() => recoverInterruptedSwap(join(parent, 'missing', 'index-data'))).not.toThrow();
  });
});

describe('writeIndexAtomically', () => {
  it('replaces an old index whole and leaves no staging or old folder behind', () => {
    writeFolder(out, OLD);
    writeIndexAtomically(out, NEW);
    expect(buildOf(out)).toBe('{"build":"new"}');
    expect(readFileSync(join(out, 'bodies/0000.json'), 'utf8')).toBe('["new"]');
    expect(readdirSync(parent)).toEqual(['index-data']);
  });

  it('recovers what a killed build left before writing its own', () => {
    writeFolder(`${out}.old-4242`, OLD);
    writeFolder(`${out}.tmp-4242`, new Map([['manifest.json', 'half']]));
    writeIndexAtomically(out, NEW);
    expect(buildOf(out)).toBe('{"build":"new"}');
    expect(existsSync(`${out}.old-4242`)).toBe(false);
    expect(readdirSync(parent)).toEqual(['index-data']);
  });
});
