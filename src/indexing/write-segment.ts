// Segment writer: documents and sorted terms → one immutable segment (term blocks, lexicon, documents, columns, id buckets, root).

import {
  type ColumnsPiece,
  DIRECTORY_CHUNK,
  documentsPerPieceFor,
  IDS_PER_BUCKET,
  type IdBucketPiece,
  idBucketOf,
  type SegmentRoot,
  type StoredDocumentRow,
  termBlockTargetBytes,
} from '../index-format/artefacts';
import { encodeLexiconGroup } from '../index-format/lexicon';
import { encodeRowsPiece, ROWS_KIND } from '../index-format/rows-piece';
import { encodeTermBlock, type Sha256, TERMS_KIND, type TermEntry } from '../index-format/term-block';
import { sha256Digest, sha256Hex } from '../text/sha256';
import type { SegmentDocument } from './index-articles';
import type { PieceWriter } from './piece-writer';

/** What writing a segment reports: its root piece, its size and the field-length sums that corpus statistics add up. */
export interface WrittenSegment {
  readonly root: string;
  readonly documents: number;
  readonly fieldLengthTotals: readonly number[];
  readonly termCount: number;
}

/** A rough encoded size, enough to cut blocks near their target: three varints a posting, two bytes a letter. */
function estimateBytes(entry: TermEntry): number {
  let postings = 0;
  for (const field of entry.fields.values()) postings += field.documents.length;
  return 4 + 2 * (entry.term.length + entry.display.length) + 3 * postings;
}

/** The synchronous hash a term block's head needs: the build runs on Node, which has one. */
function buildSha256(): Sha256 {
  if (sha256Digest === undefined)
    throw new Error('Writing term blocks needs a synchronous SHA-256 (node:crypto): run the build with Node 20.16 or later.');
  return sha256Digest;
}

async function writeTermBlocks(
  terms: AsyncIterable<TermEntry> | Iterable<TermEntry>,
  documentCount: number,
  pieces: PieceWriter,
): Promise<SegmentRoot['blocks'] & { terms: string[] }> {
  const target = termBlockTargetBytes(documentCount);
  const first: string[] = [];
  const names: string[] = [];
  const written: string[] = [];
  let block: TermEntry[] = [];
  let blockBytes = 0;
  const flush = async (): Promise<void> => {
    if (block.length === 0) return;
    first.push(block[0]!.term);
    names.push(await pieces.add(encodeTermBlock(block, buildSha256()), TERMS_KIND));
    block = [];
    blockBytes = 0;
  };
  for await (const entry of terms) {
    written.push(entry.term);
    const bytes = estimateBytes(entry);
    if (blockBytes > 0 && blockBytes + bytes > target) await flush();
    block.push(entry);
    blockBytes += bytes;
  }
  await flush();
  return { first, pieces: names, terms: written };
}

async function writeLexicon(terms: readonly string[], pieces: PieceWriter): Promise<SegmentRoot['lexicon']> {
  const byLength = new Map<number, string[]>();
  for (const term of terms) {
    const group = byLength.get(term.length);
    if (group === undefined) byLength.set(term.length, [term]);
    else group.push(term);
  }
  const lengths = [...byLength.keys()].sort((a, b) => a - b);
  const names: string[] = [];
  for (const length of lengths) names.push(await pieces.add(encodeLexiconGroup(byLength.get(length)!), 'bin'));
  return { lengths, pieces: names };
}

/** Collects a dictionary-coded column value by value. */
class DictionaryColumn {
  private readonly codes: number[] = [];
  private readonly seen: (string | null)[] = [];

  push(value: string | null): void {
    this.seen.push(value);
  }

  finish(): { values: string[]; codes: number[] } {
    const values = [...new Set(this.seen.filter((value): value is string => value !== null))].sort();
    const codeOf = new Map(values.map((value, code) => [value, code]));
    for (const value of this.seen) this.codes.push(value === null ? -1 : codeOf.get(value)!);
    return { values, codes: this.codes };
  }
}

/** What the writer keeps of each document once its row is written: enough for the columns and the id buckets. */
interface DocumentSummary {
  readonly id: string;
  readonly hash: string;
  readonly lengths: readonly number[];
}

async function writeDocuments(
  documents: AsyncIterable<SegmentDocument> | Iterable<SegmentDocument>,
  documentCount: number,
  fieldCount: number,
  pieces: PieceWriter,
): Promise<{ perPiece: number; directory: string[]; summaries: DocumentSummary[]; columns: ColumnsPiece; totals: number[] }> {
  const perPiece = documentsPerPieceFor(documentCount);
  const names: string[] = [];
  const summaries: DocumentSummary[] = [];
  const [dates, categories, sources] = [new DictionaryColumn(), new DictionaryColumn(), new DictionaryColumn()];
  const tags: (readonly string[])[] = [];
  const totals = new Array<number>(fieldCount).fill(0);
  let rows: StoredDocumentRow[] = [];
  for await (const { row, hash, lengths } of documents) {
    rows.push(row);
    summaries.push({ id: row[0], hash, lengths });
    dates.push(row[4]);
    categories.push(row[5]);
    sources.push(row[6]);
    tags.push(row[7]);
    lengths.forEach((length, field) => (totals[field]! += length));
    if (rows.length === perPiece) {
      names.push(await pieces.add(await encodeRowsPiece(rows, sha256Hex), ROWS_KIND));
      rows = [];
    }
  }
  if (rows.length > 0) names.push(await pieces.add(await encodeRowsPiece(rows, sha256Hex), ROWS_KIND));
  if (summaries.length !== documentCount) throw new Error(`writeSegment: expected ${documentCount} documents, got ${summaries.length}`);
  const tagValues = [...new Set(tags.flat())].sort();
  const tagCode = new Map(tagValues.map((value, code) => [value, code]));
  const columns: ColumnsPiece = {
    dates: dates.finish(),
    categories: categories.finish(),
    sources: sources.finish(),
    tags: { values: tagValues, codes: tags.map((list) => list.map((tag) => tagCode.get(tag)!)) },
  };
  const directory: string[] = [];
  for (let start = 0; start < names.length; start += DIRECTORY_CHUNK)
    directory.push(await pieces.add(JSON.stringify(names.slice(start, start + DIRECTORY_CHUNK)), 'json'));
  return { perPiece, directory, summaries, columns, totals };
}

async function writeIdBuckets(summaries: readonly DocumentSummary[], pieces: PieceWriter): Promise<string[]> {
  const count = Math.max(1, Math.ceil(summaries.length / IDS_PER_BUCKET));
  const buckets = Array.from({ length: count }, (): IdBucketPiece[number][] => []);
  summaries.forEach(({ id, hash, lengths }, localId) => buckets[idBucketOf(id, count)]!.push([id, localId, hash, lengths]));
  const names: string[] = [];
  for (const bucket of buckets) names.push(await pieces.add(JSON.stringify(bucket), 'json'));
  return names;
}

/** The parts a segment is written from: its documents in local-id order and its terms in term order, each read once. */
export interface SegmentSource {
  readonly documentCount: number;
  readonly fieldCount: number;
  readonly documents: AsyncIterable<SegmentDocument> | Iterable<SegmentDocument>;
  readonly terms: AsyncIterable<TermEntry> | Iterable<TermEntry>;
}

/**
 * Writes one segment through `pieces`, streaming: document rows are written
 * as they come and only a short summary of each is kept, so a merge of large
 * segments never holds their text. The same source always gives the same pieces.
 */
export async function writeSegment(source: SegmentSource, pieces: PieceWriter): Promise<WrittenSegment> {
  const documents = await writeDocuments(source.documents, source.documentCount, source.fieldCount, pieces);
  const { terms, ...blocks } = await writeTermBlocks(source.terms, source.documentCount, pieces);
  const root: SegmentRoot = {
    documents: source.documentCount,
    blocks,
    lexicon: await writeLexicon(terms, pieces),
    documentsPerPiece: documents.perPiece,
    documentDirectory: documents.directory,
    columns: await pieces.add(JSON.stringify(documents.columns), 'json'),
    idBuckets: await writeIdBuckets(documents.summaries, pieces),
  };
  return {
    root: await pieces.add(JSON.stringify(root), 'json'),
    documents: source.documentCount,
    fieldLengthTotals: documents.totals,
    termCount: terms.length,
  };
}
