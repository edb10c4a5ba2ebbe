// countReads and measureFootprint: the scale bench counts exactly the bytes and files read, and every file an index ships.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countReads, createDiskReader } from '../../../scripts/bench/scale/counting-reader';
import { measureFootprint } from '../../../scripts/bench/scale/index-footprint';

const folder = mkdtempSync(join(tmpdir(), 'bahth-scale-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
mkdirSync(join(folder, 'bodies'));
const FILES = { 'manifest.json': '{"a":1}', 'bodies/0000.json': '["نص"]', 'bodies/0001.json': '["نص أطول من الأول"]' };
for (const [name, text] of Object.entries(FILES)) writeFileSync(join(folder, name), text);
const bytesOf = (name: keyof typeof FILES): number => Buffer.byteLength(FILES[name]);

describe('countReads', () => {
  it('counts the bytes and distinct files read since the last mark, and returns what the inner reader returns', async () => {
    const reader = countReads(createDiskReader(folder));
    expect(new TextDecoder().decode((await reader.read('manifest.json'))!)).toBe('{"a":1}');
    await reader.read('manifest.json');
    expect(reader.tally()).toEqual({ bytes: 2 * bytesOf('manifest.json'), files: new Set(['manifest.json']) });
    reader.mark();
    await reader.read('bodies/0000.json');
    expect(await reader.read('missing.json')).toBeNull();
    expect(reader.tally()).toEqual({ bytes: bytesOf('bodies/0000.json'), files: new Set(['bodies/0000.json', 'missing.json']) });
  });
});

describe('measureFootprint', () => {
  it('counts every file under the index folder and names the largest', () => {
    expect(measureFootprint(folder)).toEqual({
      files: 3,
      bytes: bytesOf('manifest.json') + bytesOf('bodies/0000.json') + bytesOf('bodies/0001.json'),
      largest: { name: join('bodies', '0001.json'), bytes: bytesOf('bodies/0001.json') },
    });
  });
});
