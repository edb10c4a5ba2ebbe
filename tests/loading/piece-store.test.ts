import { describe, expect, it, vi } from 'vitest';
import { CHECK_SPAN_BYTES, encodeTermBlock, TERMS_KIND, type TermBlock } from '../../src/index-format/term-block';
import { namePiece } from '../../src/indexing/piece-writer';
import { createMemoryReader } from '../../src/loading/artefact-reader';
import { IndexUnavailableError } from '../../src/loading/index-unavailable-error';
import { type PieceDecoder, PieceStore, SMALL_VALUE_BYTES, SMALL_VALUES_SHARE } from '../../src/loading/piece-store';
import { TERM_BLOCK_DECODER } from '../../src/loading/term-view';
import { sha256Digest, sha256Hex } from '../../src/text/sha256';

// The real hash, counted: the store must hash a piece when it first reads it, and only then.
vi.mock('../../src/text/sha256', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/text/sha256')>();
  return { ...actual, sha256Hex: vi.fn(actual.sha256Hex), sha256Digest: vi.fn(actual.sha256Digest) };
});

/** Pieces of `size` bytes each, named by their hash as a build names them. */
async function pieces(count: number, size: number): Promise<{ names: string[]; files: Map<string, Uint8Array> }> {
  const files = new Map<string, Uint8Array>();
  const names: string[] = [];
  for (let index = 0; index < count; index++) {
    const { name, bytes } = await namePiece(new Uint8Array(size).fill(index + 1), 'bin');
    files.set(name, bytes);
    names.push(name);
  }
  return { names, files };
}

/** A decoder whose values can grow after decoding, as a term block does when it decodes a posting list. */
const growing: PieceDecoder<{ grow: (bytes: number) => void }> = { kind: 'test piece', weight: 1, decode: (_bytes, _name, grow) => ({ grow }) };

describe('PieceStore', () => {
  it("does not hash a term block's spans of postings again when the block is read back after eviction", async () => {
    // Twelve terms of about 2 KiB of postings each: six spans.
    const entries = Array.from({ length: 12 }, (_, index) => {
      const documents = Array.from({ length: CHECK_SPAN_BYTES / 6 }, (_, at) => 2 * at + index);
      const postings = { documents, frequencies: documents.map(() => 1), lengths: documents.map(() => 9) };
      return { term: `كلمة${String(index).padStart(2, '0')}`, display: '', fields: new Map([[0, postings]]) };
    });
    const block = await namePiece(encodeTermBlock(entries, sha256Digest!), TERMS_KIND);
    const { names, files } = await pieces(1, 40_000);
    files.set(block.name, block.bytes);
    const store = new PieceStore(createMemoryReader(files), 50_000);
    const spansHashed = () => vi.mocked(sha256Digest!).mock.calls.filter(([bytes]) => bytes.length >= CHECK_SPAN_BYTES).length;
    const first = await store.load<TermBlock>(block.name, TERM_BLOCK_DECODER);
    const before = spansHashed();
    first.postingList(0, 0);
    expect(spansHashed()).toBe(before + 1);
    await store.load(names[0]!, growing);
    expect(store.peek(block.name)).toBeUndefined();
    const again = await store.load<TermBlock>(block.name, TERM_BLOCK_DECODER);
    expect(again).not.toBe(first);
    again.postingList(0, 0);
    expect(spansHashed()).toBe(before + 1);
    again.postingList(11, 0);
    expect(spansHashed()).toBe(before + 2);
  });

  it("runs a decoder's check on a piece's first read only, and refuses the piece, naming it, when the check fails", async () => {
    const { names, files } = await pieces(3, 1000);
    const check = vi.fn(async (value: number) => {
      if (value === 2) throw new Error('a part does not match its hash');
    });
    const checked: PieceDecoder<number> = { kind: 'checked piece', weight: 1, decode: (bytes) => bytes[0]!, check };
    const store = new PieceStore(createMemoryReader(files), 1500);
    expect(await store.load(names[0]!, checked)).toBe(1);
    await expect(store.load(names[1]!, checked)).rejects.toThrow(
      new RegExp(`index-data/${names[1]} could not be read as a checked piece \\(a part does not match its hash\\)`),
    );
    expect(store.peek(names[1]!)).toBeUndefined();
    // The third piece pushes the first out of the budget; read back, the first is not checked again.
    expect(await store.load(names[2]!, checked)).toBe(3);
    expect(store.peek(names[0]!)).toBeUndefined();
    expect(check).toHaveBeenCalledTimes(3);
    expect(await store.load(names[0]!, checked)).toBe(1);
    expect(check).toHaveBeenCalledTimes(3);
  });

  it('charges a kept piece for what it grows by after decoding', async () => {
    const { names, files } = await pieces(1, 1000);
    const store = new PieceStore(createMemoryReader(files), 1_000_000);
    const piece = await store.load(names[0]!, growing);
    const charged = store.usedBytes;
    piece.grow(5000);
    expect(store.usedBytes).toBe(charged + 5000);
  });

  it('charges a piece its size times its weight, plus what its decoder says the value holds beyond that', async () => {
    const { names, files } = await pieces(2, 1000);
    const counted: PieceDecoder<number> = { kind: 'test piece', weight: 2, extraBytes: (value) => 64 * value, decode: () => 7 };
    const plain: PieceDecoder<number> = { kind: 'test piece', weight: 2, decode: () => 7 };
    const store = new PieceStore(createMemoryReader(files), 1_000_000);
    await store.load(names[0]!, plain);
    const plainCharge = store.usedBytes;
    await store.load(names[1]!, counted);
    expect(store.usedBytes - plainCharge).toBe(plainCharge + 64 * 7);
  });

  it('evicts the least recently used pieces when one grows past the budget, never the growing one', async () => {
    const { names, files } = await pieces(3, 1000);
    const store = new PieceStore(createMemoryReader(files), 4000);
    const [first, second, third] = await Promise.all(names.map((name) => store.load(name, growing)));
    expect(store.peek(names[0]!)).toBe(first);
    third!.grow(2500);
    expect(store.usedBytes).toBeLessThanOrEqual(4000);
    expect(store.peek(names[2]!)).toBe(third);
    expect(store.peek(names[1]!)).toBeUndefined();
    expect(second).toBeDefined();
  });
});

describe('PieceStore integrity', () => {
  const plain: PieceDecoder<number> = { kind: 'test piece', weight: 1, decode: (bytes) => bytes[0]! };

  it('hashes a piece on its first read, and not again when it is read back after eviction', async () => {
    const { names, files } = await pieces(2, 1000);
    const store = new PieceStore(createMemoryReader(files), 1500);
    vi.mocked(sha256Hex).mockClear();
    await store.load(names[0]!, plain);
    await store.load(names[1]!, plain);
    expect(store.peek(names[0]!)).toBeUndefined();
    expect(await store.load(names[0]!, plain)).toBe(1);
    expect(store.reads.pieces).toBe(3);
    expect(vi.mocked(sha256Hex)).toHaveBeenCalledTimes(2);
  });

  it('refuses a piece read back after eviction when it is no longer as long as it was', async () => {
    const { names, files } = await pieces(2, 1000);
    const store = new PieceStore(createMemoryReader(files), 1500);
    await store.load(names[0]!, plain);
    await store.load(names[1]!, plain);
    files.set(names[0]!, files.get(names[0]!)!.subarray(0, 999));
    const error = await store.load(names[0]!, plain).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IndexUnavailableError);
    expect((error as Error).message).toContain("does not match its name's hash");
  });

  it('never trusts a piece whose first read did not match its name', async () => {
    const { names, files } = await pieces(1, 1000);
    const original = files.get(names[0]!)!;
    files.set(names[0]!, new Uint8Array(original.length).fill(9));
    const store = new PieceStore(createMemoryReader(files), 1_000_000);
    await expect(store.load(names[0]!, plain)).rejects.toThrow("does not match its name's hash");
    files.set(names[0]!, new Uint8Array(original.length).fill(9));
    await expect(store.load(names[0]!, plain)).rejects.toThrow("does not match its name's hash");
    files.set(names[0]!, original);
    expect(await store.load(names[0]!, plain)).toBe(1);
  });
});

describe('PieceStore size classes', () => {
  const plain: PieceDecoder<string> = { kind: 'test piece', weight: 1, decode: (_bytes, name) => name };

  it('keeps small values through a stream of large pieces while they hold less than their share of the budget', async () => {
    const { names, files } = await pieces(20, SMALL_VALUE_BYTES * 2);
    const store = new PieceStore(createMemoryReader(files), SMALL_VALUE_BYTES * 8);
    store.remember('document 1', 'one', 1000);
    for (const name of names) await store.load(name, plain);
    expect(store.peek('document 1')).toBe('one');
    expect(store.peek(names[0]!)).toBeUndefined();
    expect(store.usedBytes).toBeLessThanOrEqual(SMALL_VALUE_BYTES * 8);
  });

  it('evicts small values among themselves, least recently used first, once they hold more than their share', async () => {
    const budget = 100_000;
    const store = new PieceStore(createMemoryReader(new Map()), budget);
    const each = 1000;
    const count = Math.ceil((budget * SMALL_VALUES_SHARE) / each) + 10;
    for (let index = 0; index < count; index++) store.remember(`document ${index}`, index, each);
    store.remember('document 0', 0, each);
    expect(store.peek('document 1')).toBe(1);
    // Nothing large to evict, and the small ones are within the budget: all are kept.
    expect(store.usedBytes).toBe(count * each);
    const { names, files } = await pieces(1, 80_000);
    const withLarge = new PieceStore(createMemoryReader(files), budget);
    for (let index = 0; index < count; index++) withLarge.remember(`document ${index}`, index, each);
    await withLarge.load(names[0]!, plain);
    expect(withLarge.peek(names[0]!)).toBe(names[0]);
    expect(withLarge.peek('document 0')).toBeUndefined();
    expect(withLarge.peek(`document ${count - 1}`)).toBe(count - 1);
    expect(withLarge.usedBytes).toBeLessThanOrEqual(budget);
  });

  it('keeps a piece read with loadIfSmall only when it is small', async () => {
    const small = await pieces(1, 1000);
    const large = await pieces(1, SMALL_VALUE_BYTES);
    const store = new PieceStore(createMemoryReader(new Map([...small.files, ...large.files])), 1_000_000);
    expect(await store.loadIfSmall(small.names[0]!, plain)).toBe(small.names[0]);
    expect(await store.loadIfSmall(large.names[0]!, plain)).toBe(large.names[0]);
    expect(store.peek(small.names[0]!)).toBe(small.names[0]);
    expect(store.peek(large.names[0]!)).toBeUndefined();
  });
});
