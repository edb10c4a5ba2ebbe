import { describe, expect, it } from 'vitest';
import { encodeTermBlock, TermBlock, type TermEntry } from '../../src/index-format/term-block';

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
