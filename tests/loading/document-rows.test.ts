// Document rows read one at a time: every row decodes to what parsing the whole piece gives, and a piece that is not an array of rows is refused.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentRows, MalformedRowsError, rowBounds } from '../../src/loading/document-rows';

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('DocumentRows', () => {
  it('decodes each row of a piece as parsing the whole piece would', () => {
    const rows = [
      ['a1', 'عنوان', 'نص فيه "اقتباس" و\\ شرطة و[قوسان] و{معقوفان}', null, '2024-01-02', 'سياسة', null, ['وسم']],
      ['a2', '\\"', '\\\\', 'https://example.com/?q=[1]', null, null, 'مصدر', []],
    ];
    const piece = new DocumentRows(encode(rows));
    expect(piece.count).toBe(2);
    expect(piece.row(0)).toEqual(rows[0]);
    expect(piece.row(1)).toEqual(rows[1]);
    expect(piece.row(2)).toBeUndefined();
    expect(piece.row(-1)).toBeUndefined();
  });

  it('agrees with JSON.parse on any rows of strings, numbers, nulls and arrays, spaced or not', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.integer(),
      fc.constant(null),
      fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }), fc.boolean(), (rows, spaced) => {
        const piece = new DocumentRows(new TextEncoder().encode(JSON.stringify(rows, null, spaced ? 1 : undefined)));
        expect(piece.count).toBe(rows.length);
        rows.forEach((row, index) => expect(piece.row(index)).toEqual(row));
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('refuses a piece whose brackets or strings do not close', () => {
    for (const text of ['[["a", "b"]', '[["a]]', '[["a"]]]', '[["\\"]]']) {
      expect(() => rowBounds(new TextEncoder().encode(text)), text).toThrow(MalformedRowsError);
    }
  });

  it('refuses a row that is not JSON when it is read, not before', () => {
    const piece = new DocumentRows(new TextEncoder().encode('[["a"],[tru]]'));
    expect(piece.row(0)).toEqual(['a']);
    expect(() => piece.row(1)).toThrow(MalformedRowsError);
  });
});
