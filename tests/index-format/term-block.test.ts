import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DamagedPieceError } from '../../src/index-format/damaged-piece-error';
import { namedBytesOf } from '../../src/index-format/named-bytes';
import { MIN_BLOCKED_LIST } from '../../src/index-format/posting-blocks';
import { frontierOfColumns } from '../../src/index-format/posting-frontier';
import {
  CHECK_SPAN_BYTES,
  encodeTermBlock,
  postingCount,
  TERM_HASH_BYTES,
  TERMS_KIND,
  TermBlock,
  type TermEntry,
  termBlockDamage,
  termBlockHeadOf,
} from '../../src/index-format/term-block';
import { webCryptoSha256 } from '../../src/text/sha256';

let hashed = 0;
/** SHA-256 through node:crypto, counting the calls. */
const sha256 = (bytes: Uint8Array): Uint8Array => {
  hashed++;
  return createHash('sha256').update(bytes).digest();
};
const hexOf = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

const entries: TermEntry[] = [
  { term: 'تونس', display: '', fields: new Map([[0, { documents: [1, 5, 9], frequencies: [1, 2, 1], lengths: [7, 8, 9] }]]) },
  { term: 'مدرسه', display: 'مدرسة', fields: new Map([[1, { documents: [2], frequencies: [3], lengths: [40] }]]) },
];

describe('TermBlock', () => {
  it('reads back the terms, display forms and postings it was encoded with', () => {
    const block = new TermBlock(encodeTermBlock(entries, sha256));
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
      const block = new TermBlock(encodeTermBlock([{ term: 'قرار', display: '', fields }], sha256));
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
      const block = new TermBlock(encodeTermBlock([{ term: 'تونس', display: '', fields }], sha256));
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
    const block = new TermBlock(encodeTermBlock(entries, sha256), (bytes) => grown.push(bytes));
    block.postingList(0, 0);
    block.postingList(0, 0);
    block.postingList(1, 1);
    expect(grown).toHaveLength(2);
    expect(grown[0]! - grown[1]!).toBe(12 * (3 - 1));
  });
});

describe('A term block checks its postings against its head, a span of terms at a time', () => {
  /** `count` terms whose postings take about `bytes` bytes each. */
  const termsOf = (count: number, bytes: number): TermEntry[] =>
    Array.from({ length: count }, (_, index) => {
      const documents = Array.from({ length: Math.ceil(bytes / 3) }, (_, at) => 2 * at + index);
      const postings = { documents, frequencies: documents.map(() => 1), lengths: documents.map(() => 9) };
      return { term: `كلمة${String(index).padStart(3, '0')}`, display: '', fields: new Map([[0, postings]]) };
    });
  const damaged = (bytes: Uint8Array, at: number) => {
    const copy = bytes.slice();
    copy[at]! ^= 0x01;
    return copy;
  };
  const nameOf = (bytes: Uint8Array) => hexOf(sha256(termBlockHeadOf(bytes)!)).slice(0, 24);

  it('names a block by its head alone, which ends where the postings start', () => {
    const bytes = encodeTermBlock(entries, sha256);
    const head = termBlockHeadOf(bytes)!;
    expect(namedBytesOf(bytes, TERMS_KIND)).toEqual(head);
    expect(head.length).toBeLessThan(bytes.length);
    expect(termBlockHeadOf(bytes.subarray(0, head.length - 1))).toBeNull();
    expect(termBlockHeadOf(new Uint8Array([0x80]))).toBeNull();
  });

  it('keeps one hash for terms whose postings are small together, so small terms do not double a block', () => {
    const small = termsOf(200, 6);
    const bytes = encodeTermBlock(small, sha256);
    // 200 terms of about 6 bytes of postings each: under 4 KiB in all, one span, one hash.
    expect(bytes.length - termBlockHeadOf(bytes)!.length).toBeLessThan(CHECK_SPAN_BYTES);
    hashed = 0;
    const block = new TermBlock(bytes, undefined, sha256);
    for (let position = 0; position < small.length; position++) block.fieldsAt(position);
    expect(hashed).toBe(1);
  });

  it('hashes the span of a term the first time its postings are read, and not the other spans', () => {
    const block = new TermBlock(encodeTermBlock(termsOf(12, CHECK_SPAN_BYTES / 2), sha256), undefined, sha256);
    hashed = 0;
    block.postingList(0, 0);
    block.postingList(1, 0);
    block.fieldsAt(0);
    expect(hashed).toBe(1);
    block.postingList(11, 0);
    expect(hashed).toBe(2);
  });

  it('refuses the terms of a span whose postings were changed, and still reads the other spans', () => {
    const bytes = encodeTermBlock(termsOf(12, CHECK_SPAN_BYTES / 2), sha256);
    const block = new TermBlock(damaged(bytes, bytes.length - 1), undefined, sha256);
    expect(() => block.postingList(11, 0)).toThrow(DamagedPieceError);
    expect(() => block.fieldsAt(11)).toThrow(/the postings of its terms "كلمة\d+" to "كلمة011" do not match their hash/);
    expect(block.postingList(0, 0)!.documents[0]).toBe(0);
  });

  it('refuses every changed span when checked all at once, as a runtime without a synchronous hash does', async () => {
    const bytes = encodeTermBlock(termsOf(12, CHECK_SPAN_BYTES / 2), sha256);
    await expect(new TermBlock(bytes).checkEvery(webCryptoSha256)).resolves.toBeUndefined();
    await expect(new TermBlock(damaged(bytes, bytes.length - 1)).checkEvery(webCryptoSha256)).rejects.toThrow(DamagedPieceError);
  });

  it("is found damaged by the build's check wherever a byte changed, and intact otherwise", () => {
    const bytes = encodeTermBlock(termsOf(12, CHECK_SPAN_BYTES / 2), sha256);
    const head = termBlockHeadOf(bytes)!;
    const check = (piece: Uint8Array) => termBlockDamage(piece, nameOf(bytes), sha256, termBlockHeadOf, TERM_HASH_BYTES);
    expect(check(bytes)).toBeNull();
    expect(check(damaged(bytes, 2))).toBe("its head does not match its name's hash");
    expect(check(damaged(bytes, head.length))).toBe('span 0 of postings does not match its hash in its head');
    expect(check(damaged(bytes, bytes.length - 1))).toMatch(/^span [1-9]\d* of postings does not match its hash in its head$/);
    expect(check(bytes.subarray(0, bytes.length - 1))).toMatch(/^span \d+ of postings runs past its end$/);
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    expect(check(longer)).toBe('its postings do not add up to its length');
  });
});
