// Segment merge: several segments, their deleted documents dropped → the documents and sorted terms of one new segment.

import type { IdBucketPiece, SegmentRoot, StoredDocumentRow } from '../index-format/artefacts';
import { decodeRowsPiece } from '../index-format/rows-piece';
import { TermBlock, type TermEntry } from '../index-format/term-block';
import { sha256Digest } from '../text/sha256';
import type { SegmentDocument } from './index-articles';
import type { SegmentSource } from './write-segment';

/** One segment to merge: its root and which of its local ids are deleted. */
export interface MergeInput {
  readonly root: SegmentRoot;
  readonly deleted: ReadonlySet<number> | null;
}

/** Reads a piece of the previous index, verified: bytes for binary pieces, parsed JSON for the others. */
export interface PieceLoader {
  bytes(name: string): Promise<Uint8Array>;
  json<T>(name: string): Promise<T>;
}

/** New local ids: live documents keep their order, segment after segment; deleted ones map to -1. */
function remapLocalIds(inputs: readonly MergeInput[]): { maps: Int32Array[]; count: number } {
  let next = 0;
  const maps = inputs.map(({ root, deleted }) => {
    const map = new Int32Array(root.documents);
    for (let local = 0; local < root.documents; local++) map[local] = deleted?.has(local) ? -1 : next++;
    return map;
  });
  return { maps, count: next };
}

/** Each local id's content hash and field lengths, from a segment's id buckets. */
async function readSummaries(root: SegmentRoot, load: PieceLoader): Promise<{ hashes: string[]; lengths: (readonly number[])[] }> {
  const hashes = new Array<string>(root.documents);
  const lengths = new Array<readonly number[]>(root.documents);
  for (const name of root.idBuckets) {
    for (const [, local, hash, fieldLengths] of await load.json<IdBucketPiece>(name)) {
      hashes[local] = hash;
      lengths[local] = fieldLengths;
    }
  }
  return { hashes, lengths };
}

/** The names of a segment's document pieces, in order, from its directory chunks. */
export async function documentPiecesOf(root: SegmentRoot, load: PieceLoader): Promise<string[]> {
  const names: string[] = [];
  for (const chunk of root.documentDirectory) names.push(...(await load.json<string[]>(chunk)));
  return names;
}

async function* liveDocuments(inputs: readonly MergeInput[], load: PieceLoader): AsyncGenerator<SegmentDocument> {
  for (const { root, deleted } of inputs) {
    const { hashes, lengths } = await readSummaries(root, load);
    let local = 0;
    for (const name of await documentPiecesOf(root, load)) {
      for (const row of decodeRowsPiece(await load.bytes(name)) as StoredDocumentRow[]) {
        if (!deleted?.has(local)) yield { row, hash: hashes[local]!, lengths: lengths[local]! };
        local++;
      }
    }
  }
}

/** Walks one segment's terms in order, a block at a time. */
class TermCursor {
  private blockIndex = -1;
  private block: TermBlock | undefined;
  position = -1;

  constructor(
    private readonly root: SegmentRoot,
    private readonly load: PieceLoader,
    readonly map: Int32Array,
    /** The segment's place among the merge's inputs: postings are appended in that order. */
    readonly order: number,
  ) {}

  /** Moves to the next term within the block in hand; false at its end (then `advance` reads on). */
  advanceInBlock(): boolean {
    if (this.block === undefined || this.position + 1 >= this.block.terms.length) return false;
    this.position++;
    return true;
  }

  /** Moves to the next term; false past the last one. */
  async advance(): Promise<boolean> {
    this.position++;
    while (this.block === undefined || this.position >= this.block.terms.length) {
      this.blockIndex++;
      if (this.blockIndex >= this.root.blocks.pieces.length) {
        this.block = undefined;
        return false;
      }
      // Each span of postings is checked against the block's head as the merge reads it.
      this.block = new TermBlock(await this.load.bytes(this.root.blocks.pieces[this.blockIndex]!), undefined, sha256Digest);
      this.position = 0;
    }
    return true;
  }

  get current(): TermBlock | undefined {
    return this.block;
  }

  get term(): string | undefined {
    return this.block?.terms[this.position];
  }
}

/** Cursor a comes before b: smaller term, then earlier input. */
const precedes = (a: TermCursor, b: TermCursor): boolean => a.term! < b.term! || (a.term === b.term && a.order < b.order);

/**
 * The cursors still standing on a term, smallest term (then earliest input)
 * at the root: each step of a merge of k segments costs log k comparisons,
 * not k (a full build of 1M articles merges 50 segments at once).
 */
class CursorHeap {
  private readonly items: TermCursor[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): TermCursor {
    return this.items[0]!;
  }

  push(cursor: TermCursor): void {
    const items = this.items;
    let child = items.push(cursor) - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!precedes(items[child]!, items[parent]!)) break;
      [items[child], items[parent]] = [items[parent]!, items[child]!];
      child = parent;
    }
  }

  pop(): TermCursor {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length === 0) return top;
    items[0] = last;
    for (let parent = 0; ; ) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let first = parent;
      if (left < items.length && precedes(items[left]!, items[first]!)) first = left;
      if (right < items.length && precedes(items[right]!, items[first]!)) first = right;
      if (first === parent) return top;
      [items[parent], items[first]] = [items[first]!, items[parent]!];
      parent = first;
    }
  }
}

type MergedField = { documents: number[]; frequencies: number[]; lengths: number[] };

/** One term's postings from the cursors standing on it, remapped, deleted documents dropped; undefined when none is live. */
function mergeTerm(term: string, cursors: readonly TermCursor[]): TermEntry | undefined {
  const fields = new Map<number, MergedField>();
  let display = '';
  for (const cursor of cursors) {
    const block = cursor.current!;
    const shown = block.displayAt(cursor.position);
    if (display === '' && shown !== term) display = shown;
    for (const fieldId of block.fieldsAt(cursor.position)) {
      const list = block.postingList(cursor.position, fieldId)!;
      let merged = fields.get(fieldId);
      for (let index = 0; index < list.documents.length; index++) {
        const local = cursor.map[list.documents[index]!]!;
        if (local < 0) continue;
        if (merged === undefined) fields.set(fieldId, (merged = { documents: [], frequencies: [], lengths: [] }));
        merged.documents.push(local);
        merged.frequencies.push(list.frequencies[index]!);
        merged.lengths.push(list.lengths[index]!);
      }
    }
  }
  if (fields.size === 0) return undefined;
  return { term, display, fields: new Map([...fields].sort(([a], [b]) => a - b)) };
}

async function* mergedTerms(inputs: readonly MergeInput[], maps: readonly Int32Array[], load: PieceLoader): AsyncGenerator<TermEntry> {
  const heap = new CursorHeap();
  for (const [order, { root }] of inputs.entries()) {
    const cursor = new TermCursor(root, load, maps[order]!, order);
    if (await cursor.advance()) heap.push(cursor);
  }
  const standing: TermCursor[] = [];
  while (heap.size > 0) {
    // Popped smallest first, so the cursors on one term come in input order.
    const term = heap.peek().term!;
    standing.length = 0;
    while (heap.size > 0 && heap.peek().term === term) standing.push(heap.pop());
    const entry = mergeTerm(term, standing);
    if (entry !== undefined) yield entry;
    for (const cursor of standing) if (cursor.advanceInBlock() || (await cursor.advance())) heap.push(cursor);
  }
}

/**
 * The source of one segment holding the live documents of `inputs`, in their
 * order: term blocks are merged a block per input at a time and documents
 * streamed, so a merge holds little more than one block of each input.
 */
export function mergeSegments(inputs: readonly MergeInput[], fieldCount: number, load: PieceLoader): SegmentSource {
  const { maps, count } = remapLocalIds(inputs);
  return { documentCount: count, fieldCount, documents: liveDocuments(inputs, load), terms: mergedTerms(inputs, maps, load) };
}
