import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrontierBuilder, frontierOfColumns } from '../../src/index-format/posting-frontier';

describe("a posting list's frontier", () => {
  it("keeps, from the highest frequency down, only the pairs whose field is shorter than every higher frequency's", () => {
    const frequencies = Int32Array.of(1, 1, 2, 3, 3, 5);
    const lengths = Int32Array.of(5, 3, 9, 4, 7, 20);
    expect([...frontierOfColumns(frequencies, lengths)]).toEqual([5, 20, 3, 4, 1, 3]);
  });

  it('holds, for every posting, a pair at least as frequent and at most as long, and no pair another beats', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 3000 })), { maxLength: 200 }), (postings) => {
        const builder = new FrontierBuilder();
        for (const [frequency, length] of postings) builder.add(frequency, length);
        const frontier = builder.finish();
        const pairs: [number, number][] = [];
        for (let at = 0; at < frontier.length; at += 2) pairs.push([frontier[at]!, frontier[at + 1]!]);
        for (const [frequency, length] of postings) expect(pairs.some(([f, l]) => f >= frequency && l <= length)).toBe(true);
        for (const [frequency, length] of pairs) {
          expect(postings.some(([f, l]) => f === frequency && l === length)).toBe(true);
          expect(pairs.some(([f, l]) => (f > frequency && l <= length) || (f >= frequency && l < length))).toBe(false);
        }
      }),
    );
  });

  it('is empty for an empty list', () => {
    expect([...new FrontierBuilder().finish()]).toEqual([]);
  });
});
