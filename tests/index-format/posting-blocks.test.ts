import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DamagedPieceError } from '../../src/index-format/damaged-piece-error';
import {
  decodeFieldPostings,
  encodeFieldPostings,
  type FieldPostings,
  MIN_BLOCKED_LIST,
  POSTING_BLOCK_SIZE,
  skipFieldPostings,
} from '../../src/index-format/posting-blocks';
import { frontierOfColumns } from '../../src/index-format/posting-frontier';
import { findPosting, postingCount } from '../../src/index-format/term-block';
import { VarintReader, VarintWriter } from '../../src/index-format/varint';

/** A list of `count` postings with documents ascending from gaps 1–`maxGap`, seeded so every run sees the same list. */
function makePostings(count: number, seed: number, maxGap = 9): FieldPostings {
  let state = seed;
  const next = (limit: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % limit;
  };
  const documents: number[] = [];
  const frequencies: number[] = [];
  const lengths: number[] = [];
  let document = next(5);
  for (let index = 0; index < count; index++) {
    documents.push(document);
    frequencies.push(1 + next(6));
    lengths.push(1 + next(3000));
    document += 1 + next(maxGap);
  }
  return { documents, frequencies, lengths };
}

function encode(postings: FieldPostings): Uint8Array {
  const writer = new VarintWriter();
  encodeFieldPostings(postings, writer);
  writer.write(7777); // a marker after the list: skipping and reading must both stop right before it
  return writer.finish();
}

/** A list of `blocks` full blocks read back in blocks, and what it charged the cache, in order. */
function chargedList(blocks: number, seed: number) {
  const postings = makePostings(blocks * POSTING_BLOCK_SIZE, seed);
  const bytes = encode(postings);
  const charged: number[] = [];
  const list = decodeFieldPostings(bytes, new VarintReader(bytes), (size) => charged.push(size));
  return { postings, list, charged };
}

const postingsArbitrary = fc
  .record({
    count: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: MIN_BLOCKED_LIST - 2, max: 3 * MIN_BLOCKED_LIST })),
    seed: fc.nat(),
    gap: fc.integer({ min: 1, max: 5000 }),
  })
  .map(({ count, seed, gap }) => makePostings(count, seed, gap));

describe('posting lists in blocks', () => {
  it('read back whole as they were written, with the frontier of their postings, whatever their length', () => {
    fc.assert(
      fc.property(postingsArbitrary, (postings) => {
        const bytes = encode(postings);
        const reader = new VarintReader(bytes);
        const list = decodeFieldPostings(bytes, reader, () => {});
        expect(postingCount(list)).toBe(postings.documents.length);
        expect([...list.documents]).toEqual(postings.documents);
        expect([...list.frequencies]).toEqual(postings.frequencies);
        expect([...list.lengths]).toEqual(postings.lengths);
        expect(list.frontier).toEqual(frontierOfColumns(Int32Array.from(postings.frequencies), Int32Array.from(postings.lengths)));
      }),
      { numRuns: 60 },
    );
  });

  it('read back numbers of every width up to 31 bits, in short lists and in blocks', () => {
    // Frequencies stay below 2^16: a frontier is built per frequency, and a word's count in an article is bounded by its length.
    const posting = fc.record({
      gap: fc.integer({ min: 1, max: 2 ** 20 }),
      frequency: fc.nat({ max: 2 ** 16 }),
      length: fc.nat({ max: 2 ** 31 - 1 }),
    });
    fc.assert(
      fc.property(fc.oneof(fc.array(posting, { maxLength: 50 }), fc.array(posting, { minLength: MIN_BLOCKED_LIST, maxLength: 1500 })), (drawn) => {
        let document = 0;
        const postings = {
          documents: drawn.map(({ gap }) => (document += gap)),
          frequencies: drawn.map(({ frequency }) => frequency),
          lengths: drawn.map(({ length }) => length),
        };
        const bytes = encode(postings);
        const list = decodeFieldPostings(bytes, new VarintReader(bytes), () => {});
        expect([...list.documents]).toEqual(postings.documents);
        expect([...list.frequencies]).toEqual(postings.frequencies);
        expect([...list.lengths]).toEqual(postings.lengths);
      }),
      { numRuns: 40 },
    );
  });

  it('say a list cut off inside its postings is truncated, not read on past its end', () => {
    const postings = makePostings(30, 3, 300);
    const bytes = encode(postings);
    const marker = 2; // encode() ends with 7777, two varint bytes
    const cut = bytes.subarray(0, bytes.length - marker - 1);
    expect(() => decodeFieldPostings(cut, new VarintReader(cut), () => {})).toThrow('truncated');
  });

  it('refuse a count larger than the bytes left could hold before sizing arrays for it', () => {
    const writer = new VarintWriter();
    writer.write(2 ** 30);
    writer.write(1);
    const bytes = writer.finish();
    expect(() => decodeFieldPostings(bytes, new VarintReader(bytes), () => {}, 2 ** 31)).toThrow('truncated');
  });

  it('find every article, and no other, by reading its block only', () => {
    fc.assert(
      fc.property(postingsArbitrary, fc.array(fc.nat({ max: 200_000 }), { maxLength: 30 }), (postings, probes) => {
        const bytes = encode(postings);
        const list = decodeFieldPostings(bytes, new VarintReader(bytes), () => {});
        const found = new Int32Array(2);
        const held = new Map(postings.documents.map((document, index) => [document, index]));
        const picked = postings.documents.filter((_, index) => index % 97 === 0);
        for (const shortId of [...probes, ...picked, -1]) {
          const index = held.get(shortId);
          expect(findPosting(list, shortId, found)).toBe(index !== undefined);
          if (index !== undefined) expect([...found]).toEqual([postings.frequencies[index], postings.lengths[index]]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('charge a cache for their directory only while lookups scan blocks, and for every posting once read whole', () => {
    const { postings, list, charged } = chargedList(100, 3);
    const found = new Int32Array(2);
    for (const index of [0, 1, 5000, 12_799]) expect(findPosting(list, postings.documents[index]!, found)).toBe(true);
    // The directory, then nothing for four lookups: a scanned block leaves no arrays behind.
    expect(charged).toHaveLength(1);
    expect(charged[0]).toBeLessThan((12 * postings.documents.length) / 10);
    void list.documents;
    expect(charged.at(-1)).toBe(12 * postings.documents.length);
  });

  it('are read whole once lookups have scanned twice as many blocks as they hold', () => {
    const { postings, list, charged } = chargedList(40, 4);
    const found = new Int32Array(2);
    for (let lookup = 0; lookup < 80; lookup++) findPosting(list, postings.documents[(lookup % 40) * POSTING_BLOCK_SIZE]!, found);
    expect(charged).toHaveLength(1);
    expect(findPosting(list, postings.documents[3]!, found)).toBe(true);
    expect([...found]).toEqual([postings.frequencies[3], postings.lengths[3]]);
    expect(charged.at(-1)).toBe(12 * postings.documents.length);
  });

  it('are passed over by skipping exactly where reading them ends', () => {
    fc.assert(
      fc.property(postingsArbitrary, (postings) => {
        const bytes = encode(postings);
        const skipping = new VarintReader(bytes);
        skipFieldPostings(skipping);
        expect(skipping.read()).toBe(7777);
        const reading = new VarintReader(bytes);
        const list = decodeFieldPostings(bytes, reading, () => {});
        void list.documents;
        if (postings.documents.length < MIN_BLOCKED_LIST) expect(reading.read()).toBe(7777);
      }),
      { numRuns: 40 },
    );
  });

  it('refuse a block that does not match its directory instead of answering from it', () => {
    const postings = makePostings(MIN_BLOCKED_LIST + 10, 11);
    const bytes = encode(postings);
    // Make the second posting's gap one smaller: the first block no longer reaches the document its directory names.
    const damaged = bytes.slice();
    const firstBlockStart = findFirstBlockStart(bytes);
    const reader = new VarintReader(damaged, firstBlockStart);
    reader.read();
    reader.read();
    reader.read();
    damaged[reader.position]! -= 1;
    const broken = decodeFieldPostings(damaged, new VarintReader(damaged), () => {});
    expect(() => findPosting(broken, postings.documents[POSTING_BLOCK_SIZE - 1]!, new Int32Array(2))).toThrow(DamagedPieceError);
    expect(() => broken.documents).toThrow(DamagedPieceError);
  });

  it('keep lists shorter than a block directory pays for as plain arrays', () => {
    const postings = makePostings(MIN_BLOCKED_LIST - 1, 5);
    const bytes = encode(postings);
    const list = decodeFieldPostings(bytes, new VarintReader(bytes), () => {});
    expect(list.find).toBeUndefined();
    expect(list.documents).toBeInstanceOf(Int32Array);
  });
});

/** Where a blocked list's postings begin: after its count, frontier and directory. */
function findFirstBlockStart(bytes: Uint8Array): number {
  const reader = new VarintReader(bytes);
  const count = reader.read();
  reader.skip(2 * reader.read());
  reader.skip(2 * Math.ceil(count / POSTING_BLOCK_SIZE));
  return reader.position;
}
