// Segment merge: several segments, their deleted documents dropped → the documents and sorted terms of one new segment.

import type { IdBucketPiece, SegmentRoot, StoredDocumentRow } from '../index-format/artefacts';
import { TermBlock, type TermEntry } from '../index-format/term-block';
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
      for (const row of await load.json<StoredDocumentRow[]>(name)) {
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
  position = 0;

  constructor(
    private readonly root: SegmentRoot,
    private readonly load: PieceLoader,
    readonly map: Int32Array,
  ) {}

  /** Moves to the next term; false past the last one. */
  async advance(): Promise<boolean> {
    this.position++;
    while (this.block === undefined || this.position >= this.block.terms.length) {
      this.blockIndex++;
      if (this.blockIndex >= this.root.blocks.pieces.length) {
        this.block = undefined;
        return false;
      }
      this.block = new TermBlock(await this.load.bytes(this.root.blocks.pieces[this.blockIndex]!));
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
  const cursors = inputs.map(({ root }, index) => new TermCursor(root, load, maps[index]!));
  cursors.forEach((cursor) => (cursor.position = -1));
  let live = (await Promise.all(cursors.map((cursor) => cursor.advance()))).flatMap((ok, index) => (ok ? [cursors[index]!] : []));
  while (live.length > 0) {
    const term = live.reduce((smallest, cursor) => (cursor.term! < smallest ? cursor.term! : smallest), live[0]!.term!);
    const standing = live.filter((cursor) => cursor.term === term);
    const entry = mergeTerm(term, standing);
    if (entry !== undefined) yield entry;
    const moved = await Promise.all(standing.map((cursor) => cursor.advance()));
    const finished = new Set(standing.filter((_, index) => !moved[index]));
    if (finished.size > 0) live = live.filter((cursor) => !finished.has(cursor));
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
