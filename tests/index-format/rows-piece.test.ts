// Rows pieces: a header of row lengths and hashes, then the rows; the name hashes the header, the header every row.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { expectedPieceHash } from '../../src/index-format/artefacts';
import { namedBytesOf } from '../../src/index-format/named-bytes';
import { decodeRowsPiece, encodeRowsPiece, ROWS_KIND, readRowsHeader, rowsPieceDamage } from '../../src/index-format/rows-piece';
import { namePiece } from '../../src/indexing/piece-writer';
import { sha256Hex } from '../../src/text/sha256';

const hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const ROWS = [
  ['a1', 'عنوان', 'نص'],
  ['a2', 'عنوان آخر', 'نص\nبسطرين'],
];

describe('a rows piece', () => {
  it('is named by the hash of its header, which holds each row’s hash', async () => {
    const bytes = await encodeRowsPiece(ROWS, sha256Hex);
    const { name } = await namePiece(bytes, ROWS_KIND);
    const header = readRowsHeader(bytes);
    if (typeof header === 'string') throw new Error(header);
    expect(name.endsWith('.rows')).toBe(true);
    expect(hex(bytes.subarray(0, header.end)).startsWith(expectedPieceHash(name)!)).toBe(true);
    expect(namedBytesOf(bytes, ROWS_KIND)).toEqual(bytes.subarray(0, header.end));
    for (let row = 0; row < ROWS.length; row++) {
      expect(hex(bytes.subarray(header.starts[row]!, header.starts[row + 1]!)).startsWith(header.hashes[row]!)).toBe(true);
    }
    expect(decodeRowsPiece(bytes)).toEqual(ROWS);
  });

  it('is whole when its header matches its name and every row its hash', async () => {
    const bytes = await encodeRowsPiece(ROWS, sha256Hex);
    const { name } = await namePiece(bytes, ROWS_KIND);
    expect(rowsPieceDamage(bytes, expectedPieceHash(name)!, hex, readRowsHeader)).toBeNull();
  });

  it('names the row whose bytes changed, though the header still matches the name', async () => {
    const bytes = await encodeRowsPiece(ROWS, sha256Hex);
    const { name } = await namePiece(bytes, ROWS_KIND);
    bytes[bytes.length - 3] = 0x20;
    expect(rowsPieceDamage(bytes, expectedPieceHash(name)!, hex, readRowsHeader)).toBe('row 1 does not match its hash in the header');
  });

  it('says when its header does not match its name', async () => {
    const bytes = await encodeRowsPiece(ROWS, sha256Hex);
    expect(rowsPieceDamage(bytes, '000000000000000000000000', hex, readRowsHeader)).toBe("its header does not match its name's hash");
  });

  it('says when its rows do not add up to its length', async () => {
    const bytes = await encodeRowsPiece(ROWS, sha256Hex);
    expect(readRowsHeader(bytes.subarray(0, bytes.length - 1))).toBe('its rows do not add up to its length');
  });

  it('names its header line, the same bytes readRowsHeader ends the header at, and has nothing to name without one', async () => {
    const bytes = await encodeRowsPiece(ROWS, sha256Hex);
    const header = readRowsHeader(bytes);
    if (typeof header === 'string') throw new Error(header);
    expect(namedBytesOf(bytes, ROWS_KIND)).toEqual(bytes.subarray(0, header.end));
    expect(namedBytesOf(bytes.subarray(0, header.end - 1), ROWS_KIND)).toBeNull();
  });

  it('leaves other kinds of pieces hashed whole', () => {
    const bytes = new TextEncoder().encode('[1,2]\n');
    expect(namedBytesOf(bytes, 'json')).toBe(bytes);
  });
});
