// One term's postings (field → document → term frequency): written as varints, decoded on first use at query time.

import { VarintReader, unzigzag, zigzag, type VarintWriter } from './varint';

/** MiniSearch's per-term data: field id → (document short id → term frequency). */
export type FieldTermData = Map<number, Map<number, number>>;

/**
 * One field's postings of one term as parallel typed arrays, in MiniSearch's
 * insertion order: what the query evaluator scans, without a Map entry per document.
 */
export interface PostingList {
  readonly documents: Int32Array;
  readonly frequencies: Int32Array;
  /** True when `documents` ascend (always, for an index built in one pass), so membership is a binary search. */
  readonly ascending: boolean;
}

/** The postings bytes shared by every term of one index. */
export interface PostingsSource {
  readonly bytes: Uint8Array;
}

/**
 * Writes: field count, then per field its id, its document count and
 * (document delta, frequency) pairs. Deltas keep MiniSearch's insertion
 * order exactly (zigzag allows a step back), so scores tie-break the same.
 */
export function encodeTermPostings(data: FieldTermData, writer: VarintWriter): void {
  writer.write(data.size);
  for (const [fieldId, documents] of data) {
    writer.write(fieldId);
    writer.write(documents.size);
    let previous = 0;
    for (const [documentId, frequency] of documents) {
      writer.write(zigzag(documentId - previous));
      writer.write(frequency);
      previous = documentId;
    }
  }
}

function decodeTermPostings(bytes: Uint8Array, offset: number): FieldTermData {
  const reader = new VarintReader(bytes, offset);
  const data: FieldTermData = new Map();
  for (let fields = reader.read(); fields > 0; fields--) {
    const fieldId = reader.read();
    const documents = new Map<number, number>();
    let documentId = 0;
    for (let count = reader.read(); count > 0; count--) {
      documentId += unzigzag(reader.read());
      documents.set(documentId, reader.read());
    }
    data.set(fieldId, documents);
  }
  return data;
}

/** Reads only the wanted field's postings, stepping over the others. */
function decodePostingList(bytes: Uint8Array, offset: number, wantedFieldId: number): PostingList | null {
  const reader = new VarintReader(bytes, offset);
  for (let fields = reader.read(); fields > 0; fields--) {
    const fieldId = reader.read();
    const count = reader.read();
    if (fieldId !== wantedFieldId) {
      for (let index = 0; index < 2 * count; index++) reader.read();
      continue;
    }
    const documents = new Int32Array(count);
    const frequencies = new Int32Array(count);
    let documentId = 0;
    let ascending = true;
    for (let index = 0; index < count; index++) {
      const step = unzigzag(reader.read());
      if (step <= 0 && index > 0) ascending = false;
      documentId += step;
      documents[index] = documentId;
      frequencies[index] = reader.read();
    }
    return { documents, frequencies, ascending };
  }
  return null;
}

/**
 * Stands in a radix-tree leaf for MiniSearch's per-term Map. It offers the
 * Map's read methods (search uses get; other readers of the term tree may
 * iterate), so the postings of the few terms a query touches are decoded,
 * once, instead of every term's at load.
 */
export class TermPostings {
  private decoded: FieldTermData | undefined;
  private lists: Map<number, PostingList | null> | undefined;

  constructor(
    private readonly source: PostingsSource,
    private readonly offset: number,
  ) {}

  private data(): FieldTermData {
    this.decoded ??= decodeTermPostings(this.source.bytes, this.offset);
    return this.decoded;
  }

  /** One field's postings as typed arrays (null when the term is not in that field), decoded once. */
  postingList(fieldId: number): PostingList | null {
    this.lists ??= new Map();
    let list = this.lists.get(fieldId);
    if (list === undefined) {
      list = decodePostingList(this.source.bytes, this.offset, fieldId);
      this.lists.set(fieldId, list);
    }
    return list;
  }

  get(fieldId: number): Map<number, number> | undefined {
    return this.data().get(fieldId);
  }

  has(fieldId: number): boolean {
    return this.data().has(fieldId);
  }

  get size(): number {
    return this.data().size;
  }

  keys(): MapIterator<number> {
    return this.data().keys();
  }

  values(): MapIterator<Map<number, number>> {
    return this.data().values();
  }

  entries(): MapIterator<[number, Map<number, number>]> {
    return this.data().entries();
  }

  [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    return this.data().entries();
  }

  forEach(callback: (documents: Map<number, number>, fieldId: number) => void): void {
    this.data().forEach((documents, fieldId) => callback(documents, fieldId));
  }
}

const leavesBySource = new WeakMap<PostingsSource, Map<number, TermPostings>>();

/** The one TermPostings of the term whose postings start at `offset`, so every reader of the tree shares its decoded lists. */
export function termPostingsAt(source: PostingsSource, offset: number): TermPostings {
  let leaves = leavesBySource.get(source);
  if (leaves === undefined) {
    leaves = new Map();
    leavesBySource.set(source, leaves);
  }
  let leaf = leaves.get(offset);
  if (leaf === undefined) {
    leaf = new TermPostings(source, offset);
    leaves.set(offset, leaf);
  }
  return leaf;
}
