// checkPieces: every piece of an index folder checked against its name on a thread, as an incremental build and --check do.

import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPieces } from '../../scripts/build/check-pieces-thread';
import { encodeRowsPiece, ROWS_KIND } from '../../src/index-format/rows-piece';
import { encodeTermBlock, TERMS_KIND } from '../../src/index-format/term-block';
import { namePiece } from '../../src/indexing/piece-writer';
import { sha256Digest, sha256Hex } from '../../src/text/sha256';
import { makeProject } from './build-fixture';

/** A folder holding three pieces, a rows piece and a term block under their content names, and those names (the rows piece, then the term block, last). */
async function folderOfPieces(): Promise<{ folder: string; names: string[] }> {
  const files: Record<string, Uint8Array> = {};
  for (const text of ['{"a":1}', '{"b":2}', 'بيانات ثنائية']) {
    const { name, bytes } = await namePiece(text, text.startsWith('{') ? 'json' : 'bin');
    files[name] = bytes;
  }
  const rows = await namePiece(
    await encodeRowsPiece(
      [
        ['a', 'نص أول'],
        ['b', 'نص ثان'],
      ],
      sha256Hex,
    ),
    ROWS_KIND,
  );
  const fields = new Map([[0, { documents: [1, 4], frequencies: [1, 2], lengths: [9, 12] }]]);
  const terms = await namePiece(
    encodeTermBlock(
      [
        { term: 'تونس', display: '', fields },
        { term: 'مدرسه', display: 'مدرسة', fields },
      ],
      sha256Digest!,
    ),
    TERMS_KIND,
  );
  return {
    folder: makeProject({ ...files, [rows.name]: rows.bytes, [terms.name]: terms.bytes }),
    names: [...Object.keys(files).sort(), rows.name, terms.name],
  };
}

describe.each([
  ['on a thread of its own', true],
  ['on the calling thread', false],
])('checkPieces %s', (_where, onThread) => {
  it('finds every piece intact when each file matches its name', async () => {
    const { folder, names } = await folderOfPieces();
    expect(await checkPieces(folder, names, onThread).verdict).toEqual({ intact: true });
  });

  it('names the first piece whose bytes no longer match its name', async () => {
    const { folder, names } = await folderOfPieces();
    appendFileSync(join(folder, names[1]!), ' ');
    expect(await checkPieces(folder, names, onThread).verdict).toEqual({ damage: `${names[1]} does not match its name's hash` });
  });

  it('names the row of a rows piece whose bytes changed, though its header still matches the name', async () => {
    const { folder, names } = await folderOfPieces();
    const rows = names[3]!;
    const bytes = readFileSync(join(folder, rows));
    bytes[bytes.length - 3] = 0x20;
    writeFileSync(join(folder, rows), bytes);
    expect(await checkPieces(folder, names, onThread).verdict).toEqual({
      damage: `${rows} does not match its name's hash (row 1 does not match its hash in the header)`,
    });
  });

  it('names the term of a term block whose postings changed, though its head still matches the name', async () => {
    const { folder, names } = await folderOfPieces();
    const terms = names[4]!;
    const bytes = readFileSync(join(folder, terms));
    bytes[bytes.length - 1]! ^= 0x01;
    writeFileSync(join(folder, terms), bytes);
    expect(await checkPieces(folder, names, onThread).verdict).toEqual({
      damage: `${terms} does not match its name's hash (span 0 of postings does not match its hash in its head)`,
    });
  });

  it('names a piece that is missing', async () => {
    const { folder, names } = await folderOfPieces();
    rmSync(join(folder, names[2]!));
    expect(await checkPieces(folder, names, onThread).verdict).toEqual({ damage: `${names[2]} is missing` });
  });

  it('counts a name that is not a piece name as missing, without reading anything', async () => {
    const { folder, names } = await folderOfPieces();
    expect(await checkPieces(folder, [...names, 'pieces/notes.txt'], onThread).verdict).toEqual({ damage: 'pieces/notes.txt is missing' });
  });

  it('finds nothing to check intact', async () => {
    expect(await checkPieces(makeProject({}), [], onThread).verdict).toEqual({ intact: true });
  });
});

describe('checkPieces on a thread', () => {
  it('settles its verdict when stopped, so a build that gives up never waits for it', async () => {
    const { folder, names } = await folderOfPieces();
    const check = checkPieces(folder, names, true);
    check.stop();
    const verdict = await check.verdict;
    expect('error' in verdict || 'intact' in verdict).toBe(true);
  });
});
