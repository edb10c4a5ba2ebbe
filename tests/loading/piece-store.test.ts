import { describe, expect, it } from 'vitest';
import { namePiece } from '../../src/indexing/piece-writer';
import { createMemoryReader } from '../../src/loading/artefact-reader';
import { type PieceDecoder, PieceStore } from '../../src/loading/piece-store';

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
  it('charges a kept piece for what it grows by after decoding', async () => {
    const { names, files } = await pieces(1, 1000);
    const store = new PieceStore(createMemoryReader(files), 1_000_000);
    const piece = await store.load(names[0]!, growing);
    const charged = store.usedBytes;
    piece.grow(5000);
    expect(store.usedBytes).toBe(charged + 5000);
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
