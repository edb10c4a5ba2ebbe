// Long posting lists in blocks: a directory of each block's last article and byte length, and the list's frontier, so one article's posting is found by reading one block.

import { DamagedPieceError } from './damaged-piece-error';
import { FrontierBuilder, frontierOfColumns } from './posting-frontier';
import type { PostingList } from './term-block';
import { truncatedNumberError, VarintReader, VarintWriter } from './varint';

/**
 * Postings per block. A rescored article costs a scan of at most one block per
 * long list (384 numbers), against 600,000 for a list of 200,000 postings read
 * whole; Lucene settled on the same size for its blocks.
 */
export const POSTING_BLOCK_SIZE = 128;

/**
 * Lists of at least this many postings are stored in blocks. Shorter lists
 * are always read whole: search never skips a list below 2,048 postings
 * (MIN_LONG_LIST in search/top-k.ts), so a directory would only cost bytes.
 */
export const MIN_BLOCKED_LIST = 1024;

/** One field's postings as the build holds them: documents ascending. */
export interface FieldPostings {
  readonly documents: readonly number[];
  readonly frequencies: readonly number[];
  readonly lengths: readonly number[];
}

/** What a decoded list costs beside its postings: three typed arrays and a map entry, about 670 bytes in V8 (piece-weights.ts), and its frontier or directory. */
export const LIST_OVERHEAD = 1000;

/**
 * Writes one field's postings after its id: the count, then (for a blocked
 * list) the frontier as a pair count and (frequency, length) pairs, and per
 * block its last document (a gap from the previous block's) and its byte
 * length; then the (document gap, frequency, length) triples, gaps running
 * on across blocks, so reading the list whole is one loop. `minBlocked` is
 * the format's, except in tests that write small lists in blocks.
 */
export function encodeFieldPostings(postings: FieldPostings, writer: VarintWriter, minBlocked = MIN_BLOCKED_LIST): void {
  const count = postings.documents.length;
  writer.write(count);
  if (count < minBlocked) {
    writeTriples(postings, 0, count, 0, writer);
    return;
  }
  const pairs = frontierOfColumns(postings.frequencies, postings.lengths);
  writer.write(pairs.length / 2);
  for (const value of pairs) writer.write(value);
  const body = new VarintWriter();
  let previousLast = 0;
  for (let start = 0; start < count; start += POSTING_BLOCK_SIZE) {
    const end = Math.min(count, start + POSTING_BLOCK_SIZE);
    const before = body.byteLength;
    writeTriples(postings, start, end, start === 0 ? 0 : postings.documents[start - 1]!, body);
    const last = postings.documents[end - 1]!;
    writer.write(last - previousLast);
    writer.write(body.byteLength - before);
    previousLast = last;
  }
  writer.writeBytes(body.finish());
}

function writeTriples(postings: FieldPostings, start: number, end: number, previousDocument: number, writer: VarintWriter): void {
  let previous = previousDocument;
  for (let index = start; index < end; index++) {
    const document = postings.documents[index]!;
    writer.write(document - previous);
    writer.write(postings.frequencies[index]!);
    writer.write(postings.lengths[index]!);
    previous = document;
  }
}

/** Moves `reader` past one field's postings (its id already read), reading a blocked list's directory instead of its postings. */
export function skipFieldPostings(reader: VarintReader): void {
  const count = reader.read();
  if (count < MIN_BLOCKED_LIST) {
    reader.skip(3 * count);
    return;
  }
  reader.skip(2 * reader.read());
  let bytes = 0;
  for (let block = Math.ceil(count / POSTING_BLOCK_SIZE); block > 0; block--) {
    reader.read();
    bytes += reader.read();
  }
  reader.position += bytes;
}

/**
 * One field's postings (its id already read). A short list is decoded at
 * once; a blocked one reads only its directory now, scans a block when an
 * article is looked up in it, and decodes the whole list when its arrays are
 * read.
 * `grow` hears the bytes each decoding adds. `minBlocked` is the format's,
 * except in tests that read small lists in blocks.
 */
export function decodeFieldPostings(
  bytes: Uint8Array,
  reader: VarintReader,
  grow: (bytes: number) => void,
  minBlocked = MIN_BLOCKED_LIST,
): PostingList {
  const count = reader.read();
  if (count < minBlocked) {
    const frontier = new FrontierBuilder();
    const { documents, frequencies, lengths } = decodeTriples(reader, count, 0, frontier);
    grow(LIST_OVERHEAD + 12 * count);
    // `size` is set on every list the index yields, so counting postings never looks for a missing property.
    return { documents, frequencies, lengths, frontier: frontier.finish(), size: count };
  }
  const frontier = new Int32Array(2 * reader.read());
  for (let index = 0; index < frontier.length; index++) frontier[index] = reader.read();
  const blocks = Math.ceil(count / POSTING_BLOCK_SIZE);
  const lastDocuments = new Int32Array(blocks);
  const starts = new Int32Array(blocks + 1);
  let last = 0;
  for (let block = 0; block < blocks; block++) {
    last += reader.read();
    lastDocuments[block] = last;
    starts[block + 1] = starts[block]! + reader.read();
  }
  for (let block = 0; block <= blocks; block++) starts[block]! += reader.position;
  if (starts[blocks]! > bytes.length) throw new DamagedPieceError('A term block is damaged: a posting list runs past its end.');
  grow(LIST_OVERHEAD + 8 * blocks + 4 * frontier.length);
  return new BlockedPostingList(bytes, count, frontier, lastDocuments, starts, grow);
}

/** A list's postings as parallel arrays, documents ascending. */
export interface Columns {
  readonly documents: Int32Array;
  readonly frequencies: Int32Array;
  readonly lengths: Int32Array;
}

/**
 * Decodes `count` (document gap, frequency, length) triples from `reader`.
 * The numbers are read in place with integer shifts: decoding postings was
 * about 30% of a warm answer at 1M under the cache budget (25% after this;
 * scripts/bench/scale/warm-profile.ts), and through VarintReader.read, whose
 * general loop keeps a floating-point scale, a list of 400,000 postings took
 * 1.3 times as long. Postings fit in
 * 31 bits. A list cut short reads past the bytes' end (undefined reads as 0
 * and ends the number), which the check after the loop refuses.
 */
function decodeTriples(reader: VarintReader, count: number, previousDocument: number, frontier?: FrontierBuilder): Columns {
  // Each posting takes three bytes at least: a damaged count is refused before it sizes the arrays.
  if (count * 3 > reader.bytes.length - reader.position) throw truncatedNumberError();
  const documents = new Int32Array(count);
  const frequencies = new Int32Array(count);
  const lengths = new Int32Array(count);
  const bytes = reader.bytes;
  let position = reader.position;
  let document = previousDocument;
  for (let index = 0; index < count; index++) {
    let byte = bytes[position++]!;
    let gap = byte & 0x7f;
    for (let shift = 7; byte >= 0x80; shift += 7) {
      byte = bytes[position++]!;
      gap |= (byte & 0x7f) << shift;
    }
    byte = bytes[position++]!;
    let frequency = byte & 0x7f;
    for (let shift = 7; byte >= 0x80; shift += 7) {
      byte = bytes[position++]!;
      frequency |= (byte & 0x7f) << shift;
    }
    byte = bytes[position++]!;
    let length = byte & 0x7f;
    for (let shift = 7; byte >= 0x80; shift += 7) {
      byte = bytes[position++]!;
      length |= (byte & 0x7f) << shift;
    }
    document += gap;
    documents[index] = document;
    frequencies[index] = frequency;
    lengths[index] = length;
    frontier?.add(frequency, length);
  }
  if (position > bytes.length) throw truncatedNumberError();
  reader.position = position;
  return { documents, frequencies, lengths };
}

/** The first position in ascending `values` holding `value` or more (values.length when none): the block whose last document could be `value`. */
function firstAtLeast(values: Int32Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A list's arrays, in an object of one shape whatever the list, if they are
 * decoded (a list read in blocks: once it was read whole); null otherwise.
 * Nothing is decoded.
 */
export function decodedColumns(list: PostingList): Columns | null {
  const columns = list instanceof BlockedPostingList ? list.readWhole() : list;
  return columns === undefined ? null : { documents: columns.documents, frequencies: columns.frequencies, lengths: columns.lengths };
}

/** The position of `shortId` in ascending `documents`, or -1. */
export function positionOf(documents: Int32Array, shortId: number): number {
  let low = 0;
  let high = documents.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = documents[middle]!;
    if (value === shortId) return middle;
    if (value < shortId) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Whether `columns` hold `shortId`; if so its [frequency, field length] go into `into`. */
export function findInColumns(columns: Columns, shortId: number, into: Int32Array): boolean {
  const at = positionOf(columns.documents, shortId);
  if (at < 0) return false;
  into[0] = columns.frequencies[at]!;
  into[1] = columns.lengths[at]!;
  return true;
}

/**
 * Once a list has been searched more times than this share of its blocks, it
 * is read whole, and later searches are binary searches of its arrays. A scan
 * reads half a block on average and leaves nothing behind; reading the list
 * whole reads every block and keeps 12 bytes a posting. At a million articles
 * under the default budget, where evicted lists are read again and again,
 * twice the blocks made warm answers 6–9% faster than a quarter of them
 * (paired median ratios 0.907, 0.941, 0.916; every piece kept, 1.037 and
 * 1.038 slower, as lists read whole are kept there; BENCHMARKS.md).
 */
const WHOLE_AFTER_SHARE = 2;

/** A long list read block by block: bounds read its stored frontier, rescoring scans the block of each article it looks up. */
class BlockedPostingList implements PostingList {
  private whole: Columns | undefined;
  private scans = 0;

  constructor(
    private readonly bytes: Uint8Array,
    readonly size: number,
    readonly frontier: Int32Array,
    private readonly lastDocuments: Int32Array,
    private readonly starts: Int32Array,
    private readonly grow: (bytes: number) => void,
  ) {}

  get documents(): Int32Array {
    return this.read().documents;
  }

  get frequencies(): Int32Array {
    return this.read().frequencies;
  }

  get lengths(): Int32Array {
    return this.read().lengths;
  }

  /** The arrays if the list was read whole, without reading it. */
  readWhole(): Columns | undefined {
    return this.whole;
  }

  find(shortId: number, into: Int32Array): boolean {
    if (this.whole !== undefined) return findInColumns(this.whole, shortId, into);
    const block = firstAtLeast(this.lastDocuments, shortId);
    if (block === this.lastDocuments.length) return false;
    if (++this.scans > this.lastDocuments.length * WHOLE_AFTER_SHARE) return findInColumns(this.read(), shortId, into);
    return this.scanBlock(block, shortId, into);
  }

  /**
   * Reads the block that would hold `shortId` in place, up to it, into no new
   * arrays. A lookup used to decode its whole block into three arrays, kept
   * for the next lookup in that block; scanning made warm answers at a
   * million articles under the default budget about 4% faster (paired median
   * ratios 0.958 and 0.967, BENCHMARKS.md), as lookups in re-read lists no
   * longer leave garbage. A list looked up often is read whole anyway
   * (WHOLE_AFTER_SHARE). The bytes matched their span's hash before any
   * lookup (term-block.ts), so a block that disagrees with its directory is a
   * fault of the build; a scan that runs off its block refuses it.
   */
  private scanBlock(block: number, shortId: number, into: Int32Array): boolean {
    const bytes = this.bytes;
    const end = this.starts[block + 1]!;
    let position = this.starts[block]!;
    let document = block === 0 ? 0 : this.lastDocuments[block - 1]!;
    while (position < end) {
      let byte = bytes[position++]!;
      let gap = byte & 0x7f;
      for (let shift = 7; byte >= 0x80; shift += 7) {
        byte = bytes[position++]!;
        gap |= (byte & 0x7f) << shift;
      }
      document += gap;
      if (document >= shortId) {
        if (document !== shortId) return false;
        const reader = new VarintReader(bytes, position);
        into[0] = reader.read();
        into[1] = reader.read();
        if (reader.position > end) break;
        return true;
      }
      // Frequency and field length: two numbers passed over.
      while (bytes[position++]! >= 0x80);
      while (bytes[position++]! >= 0x80);
    }
    // The directory says this block ends on an article at or past `shortId`: reaching its end first means it does not match.
    throw new DamagedPieceError('A term block is damaged: a block of postings does not match its directory.');
  }

  private read(): Columns {
    if (this.whole === undefined) {
      const reader = new VarintReader(this.bytes, this.starts[0]!);
      const whole = decodeTriples(reader, this.size, 0);
      this.check(this.lastDocuments.length - 1, reader, whole.documents[this.size - 1]!);
      this.whole = whole;
      this.grow(12 * this.size);
    }
    return this.whole;
  }

  /** A block must end where the directory says, on the document it names: anything else is a damaged piece, never a wrong answer. */
  private check(block: number, reader: VarintReader, lastDocument: number): void {
    if (reader.position !== this.starts[block + 1] || lastDocument !== this.lastDocuments[block]) {
      throw new DamagedPieceError('A term block is damaged: a block of postings does not match its directory.');
    }
  }
}
