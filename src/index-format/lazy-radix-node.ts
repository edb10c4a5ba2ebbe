// A radix-tree node of MiniSearch's SearchableMap that builds its Map entries from the serialised tree on first access.

import { termPostingsAt, type PostingsSource } from './term-postings';
import { VarintReader, type VarintWriter } from './varint';

const LEAF = '';

/**
 * The serialised tree is varints in pre-order. A node is a run of entries:
 * `0, offset` for a term (the byte offset of its postings), or
 * `edge length, edge UTF-16 code units…, subtree byte length, <subtree>` for a
 * branch. Skipping a subtree is one step, so a node lists its children without
 * reading them, and no string is made before a query walks past it.
 */
export function writeTreeEntry(writer: VarintWriter, edge: string, writeChild: () => void): void {
  writer.write(edge.length);
  for (let index = 0; index < edge.length; index++) writer.write(edge.charCodeAt(index));
  const child = writer.reserve();
  writeChild();
  writer.fill(child);
}

/** Writes the term entry of a node: its postings offset. */
export function writeLeafEntry(writer: VarintWriter, postingsOffset: number): void {
  writer.write(0);
  writer.write(postingsOffset);
}

/**
 * A Map whose entries are created on first use. SearchableMap reads nodes only
 * through Map methods (get, has, keys, entries, size, iteration), so a query
 * materialises the few paths it walks and a cold start creates only the root.
 */
export class LazyRadixNode extends Map<string, unknown> {
  private pending = true;

  constructor(
    private readonly tree: Uint8Array,
    private readonly postings: PostingsSource,
    private readonly start: number,
    private readonly end: number,
  ) {
    super();
  }

  private materialize(): void {
    if (!this.pending) return;
    this.pending = false;
    const reader = new VarintReader(this.tree, this.start);
    const codes: number[] = [];
    while (reader.position < this.end) {
      const edgeLength = reader.read();
      if (edgeLength === 0) {
        super.set(LEAF, termPostingsAt(this.postings, reader.read()));
        continue;
      }
      codes.length = 0;
      for (let index = 0; index < edgeLength; index++) codes.push(reader.read());
      const size = reader.read();
      super.set(String.fromCharCode(...codes), new LazyRadixNode(this.tree, this.postings, reader.position, reader.position + size));
      reader.position += size;
    }
  }

  override get(key: string): unknown {
    this.materialize();
    return super.get(key);
  }

  override has(key: string): boolean {
    this.materialize();
    return super.has(key);
  }

  override set(key: string, value: unknown): this {
    this.materialize();
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    this.materialize();
    return super.delete(key);
  }

  override get size(): number {
    this.materialize();
    return super.size;
  }

  override keys(): MapIterator<string> {
    this.materialize();
    return super.keys();
  }

  override values(): MapIterator<unknown> {
    this.materialize();
    return super.values();
  }

  override entries(): MapIterator<[string, unknown]> {
    this.materialize();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[string, unknown]> {
    return this.entries();
  }

  override forEach(callback: (value: unknown, key: string, map: Map<string, unknown>) => void, thisArg?: unknown): void {
    this.materialize();
    super.forEach(callback, thisArg);
  }
}
