import { describe, expect, it } from 'vitest';
import { MIN_BLOCKED_LIST } from '../../src/index-format/posting-blocks';
import { frontierOfColumns } from '../../src/index-format/posting-frontier';
import { encodeTermBlock, postingCount, TermBlock, type TermEntry } from '../../src/index-format/term-block';

const entries: TermEntry[] = [
  { term: 'تونس', display: '', fields: new Map([[0, { documents: [1, 5, 9], frequencies: [1, 2, 1], lengths: [7, 8, 9] }]]) },
  { term: 'مدرسه', display: 'مدرسة', fields: new Map([[1, { documents: [2], frequencies: [3], lengths: [40] }]]) },
];

describe('TermBlock', () => {
  it('reads back the terms, display forms and postings it was encoded with', () => {
    const block = new TermBlock(encodeTermBlock(entries));
    expect(block.terms).toEqual(['تونس', 'مدرسه']);
    expect(block.displayAt(1)).toBe('مدرسة');
    const list = block.postingList(0, 0)!;
    expect([...list.documents]).toEqual([1, 5, 9]);
    expect([...list.frequencies]).toEqual([1, 2, 1]);
    expect([...list.lengths]).toEqual([7, 8, 9]);
    expect(block.postingList(0, 1)).toBeNull();
  });

  it('reads any field of a term stored with several, whichever is asked for first', () => {
    const fields = new Map([
      [0, { documents: [3, 200], frequencies: [1, 1], lengths: [9, 300] }],
      [1, { documents: [1, 2, 70_000], frequencies: [4, 1, 130], lengths: [600, 20_000, 8] }],
      [3, { documents: [5], frequencies: [2], lengths: [1] }],
    ]);
    for (const first of [3, 1, 0]) {
      const block = new TermBlock(encodeTermBlock([{ term: 'قرار', display: '', fields }]));
      expect(block.fieldsAt(0)).toEqual([0, 1, 3]);
      for (const fieldId of [first, 0, 1, 3]) {
        const list = block.postingList(0, fieldId)!;
        expect([...list.documents]).toEqual(fields.get(fieldId)!.documents);
        expect([...list.frequencies]).toEqual(fields.get(fieldId)!.frequencies);
        expect([...list.lengths]).toEqual(fields.get(fieldId)!.lengths);
        expect(list.frontier).toEqual(frontierOfColumns(list.frequencies, list.lengths));
      }
      expect(block.postingList(0, 2)).toBeNull();
    }
  });

  it('reads a long list stored in blocks beside short ones, and passes over it to reach the next field', () => {
    const count = MIN_BLOCKED_LIST + 300;
    const long = {
      documents: Array.from({ length: count }, (_, index) => 3 * index + 1),
      frequencies: Array.from({ length: count }, (_, index) => 1 + (index % 7)),
      lengths: Array.from({ length: count }, (_, index) => 20 + ((index * 37) % 900)),
    };
    const fields = new Map([
      [0, { documents: [4], frequencies: [1], lengths: [6] }],
      [1, long],
      [2, { documents: [2, 9], frequencies: [2, 1], lengths: [30, 31] }],
    ]);
    for (const first of [2, 1]) {
      const block = new TermBlock(encodeTermBlock([{ term: 'تونس', display: '', fields }]));
      expect(block.fieldsAt(0)).toEqual([0, 1, 2]);
      for (const fieldId of [first, 0, 1, 2]) {
        const list = block.postingList(0, fieldId)!;
        expect([...list.documents]).toEqual(fields.get(fieldId)!.documents);
        expect([...list.lengths]).toEqual(fields.get(fieldId)!.lengths);
      }
      const blocked = block.postingList(0, 1)!;
      expect(postingCount(blocked)).toBe(count);
      expect(blocked.frontier).toEqual(frontierOfColumns(Int32Array.from(long.frequencies), Int32Array.from(long.lengths)));
    }
  });

  it('reports the memory of each posting list it decodes, once, so a cache can count it', () => {
    const grown: number[] = [];
    const block = new TermBlock(encodeTermBlock(entries), (bytes) => grown.push(bytes));
    block.postingList(0, 0);
    block.postingList(0, 0);
    block.postingList(1, 1);
    expect(grown).toHaveLength(2);
    expect(grown[0]! - grown[1]!).toBe(12 * (3 - 1));
  });
});
