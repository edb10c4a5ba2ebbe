// Document rows read one at a time: every row decodes to what was written, and a row that does not match its hash is refused when it is read.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeRowsPiece } from '../../src/index-format/rows-piece';
import { DocumentRows, MalformedRowsError } from '../../src/loading/document-rows';
import { sha256Hex } from '../../src/text/sha256';

const piece = (rows: readonly unknown[]) => encodeRowsPiece(rows, sha256Hex);

describe('DocumentRows', () => {
  it('decodes each row of a piece as it was written', async () => {
    const rows = [
      ['a1', 'عنوان', 'نص فيه "اقتباس" و\\ شرطة و[قوسان] و{معقوفان}\nوسطر', null, '2024-01-02', 'سياسة', null, ['وسم']],
      ['a2', '\\"', '\\\\', 'https://example.com/?q=[1]', null, null, 'مصدر', []],
    ];
    const read = new DocumentRows(await piece(rows));
    expect(read.count).toBe(2);
    expect(await read.row(0)).toEqual(rows[0]);
    expect(await read.row(1)).toEqual(rows[1]);
    expect(await read.row(2)).toBeUndefined();
    expect(await read.row(-1)).toBeUndefined();
  });

  it('gives back any rows of strings, numbers, nulls and arrays', async () => {
    const cell = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.integer(),
      fc.constant(null),
      fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 3 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }), async (rows) => {
        const read = new DocumentRows(await piece(rows));
        expect(read.count).toBe(rows.length);
        for (const [index, row] of rows.entries()) expect(await read.row(index)).toEqual(row);
      }),
      { numRuns: 200, seed: 5 },
    );
  });

  it('refuses a piece without a header of rows', () => {
    for (const text of ['[["a", "b"]]', '[[1, "x"]\n', 'no header\n[]', '[[3, "00"]]\n["a"]x']) {
      expect(() => new DocumentRows(new TextEncoder().encode(text)), text).toThrow(MalformedRowsError);
    }
  });

  it('refuses a row whose bytes changed when that row is read, and still reads the others', async () => {
    const bytes = await piece([
      ['a', 'أول'],
      ['b', 'ثان'],
    ]);
    const second = bytes.lastIndexOf('b'.charCodeAt(0));
    bytes[second] = 'c'.charCodeAt(0);
    const read = new DocumentRows(bytes);
    expect(await read.row(0)).toEqual(['a', 'أول']);
    await expect(read.row(1)).rejects.toThrow(/row 1 does not match its hash/);
  });
});
