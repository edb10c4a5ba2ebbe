// Term blocks: a run of consecutive index terms with their readable spellings and postings, one piece each.

import type { PieceKind } from './artefacts';
import { DamagedPieceError } from './damaged-piece-error';
import { decodeFieldPostings, encodeFieldPostings, findInColumns, LIST_OVERHEAD, skipFieldPostings } from './posting-blocks';
import { VarintReader, VarintWriter } from './varint';

/** A synchronous SHA-256: the digest's bytes. */
export type Sha256 = (bytes: Uint8Array) => Uint8Array;

/** Bytes of SHA-256 kept per checked span of postings: 96 bits, as in a piece's name. */
export const TERM_HASH_BYTES = 12;

/**
 * Postings are checked in spans of whole terms holding at least this many
 * bytes (a term with more is a span of its own). A hash a term would be 12
 * bytes beside postings that are often a few bytes (at 10k articles half a
 * block's bytes); a span of 4 KiB costs a lookup about 10 µs more to hash and
 * the block 13 bytes in 4,096.
 */
export const CHECK_SPAN_BYTES = 4096;

/** The file kind of a term block: its name hashes its head (term list and per-term hashes), not the whole piece. */
export const TERMS_KIND = 'terms' satisfies PieceKind;

/**
 * One field's postings of one term as parallel typed arrays, ascending by
 * document: what the query evaluator scans. Each posting carries the field's
 * length in that document, so BM25 needs no per-document table.
 */
export interface PostingList {
  readonly documents: Int32Array;
  readonly frequencies: Int32Array;
  readonly lengths: Int32Array;
  /** The (frequency, field length) pairs no other posting beats on both (posting-frontier.ts), when decoding built or read them. */
  readonly frontier?: Int32Array;
  /** How many postings, known without decoding them (a list read in blocks); otherwise documents.length. */
  readonly size?: number;
  /** Looks one article up decoding only its block (a list read in blocks): writes [frequency, field length] into `into`. */
  find?(shortId: number, into: Int32Array): boolean;
}

/** How many postings a list holds, without decoding a list read in blocks. */
export function postingCount(list: PostingList): number {
  return list.size ?? list.documents.length;
}

/** Whether `shortId` is in the list; if so its [frequency, field length] are written into `into`. A blocked list decodes one block. */
export function findPosting(list: PostingList, shortId: number, into: Int32Array): boolean {
  return list.find !== undefined ? list.find(shortId, into) : findInColumns(list, shortId, into);
}

/** A term as the build writes it: its postings per field id, documents ascending. */
export interface TermEntry {
  readonly term: string;
  /** The spelling readers see most often, or '' when it is the term itself. */
  readonly display: string;
  readonly fields: ReadonlyMap<
    number,
    { readonly documents: readonly number[]; readonly frequencies: readonly number[]; readonly lengths: readonly number[] }
  >;
}

function writeString(writer: VarintWriter, text: string, from = 0): void {
  writer.write(text.length - from);
  for (let index = from; index < text.length; index++) writer.write(text.charCodeAt(index));
}

function sharedPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let length = 0;
  while (length < limit && a.charCodeAt(length) === b.charCodeAt(length)) length++;
  return length;
}

/** The postings of one term: field count, then per field its id and its postings (posting-blocks.ts). */
export function encodeTermPostings(entry: TermEntry, writer: VarintWriter): void {
  writer.write(entry.fields.size);
  for (const [fieldId, postings] of entry.fields) {
    writer.write(fieldId);
    encodeFieldPostings(postings, writer);
  }
}

/**
 * Layout (format 11): the head's byte length, then the head: term count;
 * each term's postings byte length; the count of check spans, and per span
 * its count of terms and the first TERM_HASH_BYTES of the SHA-256 of its
 * postings; the terms front-coded (shared prefix length, then the rest as
 * UTF-16 units); each term's display spelling (length 0: itself). Then the
 * postings, in term order. The piece's name hashes the head, and the head
 * each span of postings, so a lookup hashes the head and the spans of the
 * terms it uses, not the whole block: at a million articles a cold query read
 * 5.8 MB of blocks to use a fraction of their postings.
 */
export function encodeTermBlock(entries: readonly TermEntry[], sha256: Sha256): Uint8Array {
  const head = new VarintWriter();
  const postings = new VarintWriter();
  const ends: number[] = [];
  for (const entry of entries) {
    encodeTermPostings(entry, postings);
    ends.push(postings.byteLength);
  }
  const tail = postings.finish();
  head.write(entries.length);
  for (let index = 0; index < entries.length; index++) head.write(ends[index]! - (index === 0 ? 0 : ends[index - 1]!));
  // Spans of whole terms, each closed once it holds CHECK_SPAN_BYTES.
  const spans: [terms: number, start: number, end: number][] = [];
  let first = 0;
  let start = 0;
  for (let index = 0; index < entries.length; index++) {
    if (ends[index]! - start < CHECK_SPAN_BYTES && index < entries.length - 1) continue;
    spans.push([index + 1 - first, start, ends[index]!]);
    first = index + 1;
    start = ends[index]!;
  }
  head.write(spans.length);
  for (const [terms, from, to] of spans) {
    head.write(terms);
    head.writeBytes(sha256(tail.subarray(from, to)).subarray(0, TERM_HASH_BYTES));
  }
  let previous = '';
  for (const entry of entries) {
    const shared = sharedPrefixLength(previous, entry.term);
    head.write(shared);
    writeString(head, entry.term, shared);
    previous = entry.term;
  }
  for (const entry of entries) writeString(head, entry.display);
  const headBytes = head.finish();
  const prefix = new VarintWriter();
  prefix.write(headBytes.length);
  const lead = prefix.finish();
  const bytes = new Uint8Array(lead.length + headBytes.length + tail.length);
  bytes.set(lead);
  bytes.set(headBytes, lead.length);
  bytes.set(tail, lead.length + headBytes.length);
  return bytes;
}

/**
 * The bytes a term block's name hashes: its head-length prefix and head; null
 * when the prefix is cut short or claims more bytes than there are.
 * Self-contained (no imports, no inner functions), since the build's piece
 * check runs its source on a thread of its own.
 */
export function termBlockHeadOf(bytes: Uint8Array): Uint8Array | null {
  let length = 0;
  let shift = 0;
  let position = 0;
  for (;;) {
    if (position >= bytes.length || shift > 28) return null;
    const byte = bytes[position++]!;
    length += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) break;
    shift += 7;
  }
  const end = position + length;
  return end > bytes.length ? null : bytes.subarray(0, end);
}

/**
 * What is wrong with a term block whose name says its head's SHA-256 starts
 * with `expected` (hex), or null: the head against the name, then every span
 * of postings against the head. `sha256` is the caller's synchronous hash and
 * `headOf` is termBlockHeadOf; both are passed in, and nothing else is named,
 * so the build's piece check can run this source on a thread.
 */
export function termBlockDamage(
  bytes: Uint8Array,
  expected: string,
  sha256: (bytes: Uint8Array) => Uint8Array,
  headOf: (bytes: Uint8Array) => Uint8Array | null,
  hashBytes: number,
): string | null {
  const head = headOf(bytes);
  if (head === null) return 'its head is cut short';
  const digest = sha256(head);
  let hex = '';
  for (let at = 0; at * 2 < expected.length; at++) hex += digest[at]!.toString(16).padStart(2, '0');
  if (hex !== expected) return "its head does not match its name's hash";
  // Past the length prefix: the term count, each term's postings length, the span count, then per span its
  // term count (a varint) and its hash (raw bytes). The head matched the name, so it is read as written.
  let position = 0;
  while (head[position]! >= 0x80) position++;
  position++;
  const lengths: number[] = [];
  let spans = -1;
  let count = -1;
  let start = head.length;
  for (let span = 0, term = 0; spans < 0 || span < spans; ) {
    let value = 0;
    let shift = 0;
    let byte = 0x80;
    while (byte >= 0x80) {
      if (position >= head.length) return 'its head is cut short';
      byte = head[position++]!;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    }
    if (count < 0) count = value;
    else if (lengths.length < count) lengths.push(value);
    else if (spans < 0) spans = value;
    else {
      // A span: `value` terms, then its hash.
      let end = start;
      for (let last = term + value; term < last; term++) end += lengths[term] ?? 0;
      if (end > bytes.length) return `span ${span} of postings runs past its end`;
      const actual = sha256(bytes.subarray(start, end));
      for (let at = 0; at < hashBytes; at++)
        if (head[position + at] !== actual[at]) return `span ${span} of postings does not match its hash in its head`;
      position += hashBytes;
      start = end;
      span++;
    }
  }
  return start === bytes.length ? null : 'its postings do not add up to its length';
}

function readString(reader: VarintReader, prefix = ''): string {
  const length = reader.read();
  if (length === 0) return prefix;
  const codes = new Array<number>(length);
  for (let index = 0; index < length; index++) codes[index] = reader.read();
  return prefix + String.fromCharCode(...codes);
}

/** A decoded term block: sorted terms, found by binary search, with postings decoded per (term, field) on first use. */
export class TermBlock {
  readonly terms: readonly string[];
  private readonly displays: readonly string[];
  private readonly offsets: Int32Array;
  private readonly lists = new Map<number, PostingList | null>();
  private readonly keptLists = new WeakMap<object, Map<number, PostingList>>();

  /** Per check span, where its postings' hash (TERM_HASH_BYTES) starts in the head. */
  private readonly hashes: number[];
  /** Per check span, its first term; one more entry for the end. */
  private readonly spanStarts: Int32Array;
  /** Per check span, 1 once its postings matched their hash. */
  private readonly checked: Uint8Array;

  /**
   * `grow` hears the bytes each decoded posting list or block adds, so a cache
   * can count them (12 per posting, about 4× the encoded size). With `sha256`,
   * a span of postings is checked against the head's hash of it the first time
   * one of its terms is read; without, the caller has checked the whole block.
   * `checks` gives the flags of the spans already checked, which a cache may
   * keep past this block's eviction; by default they start unchecked.
   */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly grow: (bytes: number) => void = () => {},
    private readonly sha256?: Sha256,
    checks: (count: number) => Uint8Array = (count) => new Uint8Array(count),
  ) {
    const reader = new VarintReader(bytes);
    const headEnd = reader.read() + reader.position;
    const count = reader.read();
    const offsets = new Int32Array(count + 1);
    for (let index = 0; index < count; index++) offsets[index + 1] = offsets[index]! + reader.read();
    const spanCount = reader.read();
    const spanStarts = new Int32Array(spanCount + 1);
    const hashes = new Array<number>(spanCount);
    let term = 0;
    for (let span = 0; span < spanCount; span++) {
      term += reader.read();
      spanStarts[span + 1] = term;
      hashes[span] = reader.position;
      reader.position += TERM_HASH_BYTES;
    }
    if (term !== count || reader.position > headEnd)
      throw new Error('TermBlock: its check spans do not cover its terms (truncated or corrupt piece)');
    const terms = new Array<string>(count);
    let previous = '';
    for (let index = 0; index < count; index++) {
      const shared = reader.read();
      previous = readString(reader, previous.slice(0, shared));
      terms[index] = previous;
    }
    const displays = new Array<string>(count);
    for (let index = 0; index < count; index++) displays[index] = readString(reader);
    if (reader.position !== headEnd) throw new Error('TermBlock: the head does not end where its length says (truncated or corrupt piece)');
    for (let index = 0; index <= count; index++) offsets[index]! += headEnd;
    if (offsets[count] !== bytes.length) throw new Error('TermBlock: the postings do not end where the block does (truncated or corrupt piece)');
    this.terms = terms;
    this.displays = displays;
    this.offsets = offsets;
    this.hashes = hashes;
    this.spanStarts = spanStarts;
    this.checked = sha256 === undefined ? new Uint8Array(0) : checks(spanCount);
  }

  /** Where the postings of the term at `position` start, once its span is known to match its hash. */
  private postingsStart(position: number): number {
    if (this.sha256 !== undefined) {
      // The span whose first term is the last at or before `position`: a binary search of a hundred spans or so.
      const starts = this.spanStarts;
      let low = 0;
      let high = starts.length - 2;
      while (low < high) {
        const middle = (low + high + 1) >>> 1;
        if (starts[middle]! <= position) low = middle;
        else high = middle - 1;
      }
      if (this.checked[low] !== 1) {
        this.compare(low, this.sha256(this.spanBytes(low)));
        this.checked[low] = 1;
      }
    }
    return this.offsets[position]!;
  }

  private spanBytes(span: number): Uint8Array {
    return this.bytes.subarray(this.offsets[this.spanStarts[span]!]!, this.offsets[this.spanStarts[span + 1]!]!);
  }

  private compare(span: number, digest: Uint8Array): void {
    const expected = this.hashes[span]!;
    for (let at = 0; at < TERM_HASH_BYTES; at++) {
      if (digest[at] !== this.bytes[expected + at]) {
        const first = this.terms[this.spanStarts[span]!];
        const last = this.terms[this.spanStarts[span + 1]! - 1];
        throw new DamagedPieceError(
          `A term block is damaged: the postings of its terms "${first}" to "${last}" do not match their hash in the block's head.`,
        );
      }
    }
  }

  /** Checks every span of postings through an asynchronous hash: for a runtime without a synchronous one, before the block is used. */
  async checkEvery(sha256: (bytes: Uint8Array) => Promise<Uint8Array>): Promise<void> {
    for (let span = 0; span + 1 < this.spanStarts.length; span++) this.compare(span, await sha256(this.spanBytes(span)));
  }

  /** The position of `term`, or of where it would be inserted (as a negative number minus one). */
  find(term: string): number {
    let low = 0;
    let high = this.terms.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = this.terms[middle]!;
      if (value === term) return middle;
      if (value < term) low = middle + 1;
      else high = middle - 1;
    }
    return -low - 1;
  }

  displayAt(position: number): string {
    return this.displays[position] || this.terms[position]!;
  }

  /** The field ids a term's postings list. */
  fieldsAt(position: number): number[] {
    const reader = new VarintReader(this.bytes, this.postingsStart(position));
    const fields: number[] = [];
    for (let count = reader.read(); count > 0; count--) {
      fields.push(reader.read());
      skipFieldPostings(reader);
    }
    return fields;
  }

  /** One field's postings of the term at `position`, decoded once; null when the term is not in that field. */
  postingList(position: number, fieldId: number): PostingList | null {
    const key = position * 64 + fieldId;
    let list = this.lists.get(key);
    if (list === undefined) {
      list = decodePostingList(this.bytes, this.postingsStart(position), fieldId, this.grow);
      this.lists.set(key, list);
    }
    return list;
  }

  /**
   * A list made once from this term's postings (with other segments', deleted
   * articles left out), kept with the block for `owner` and charged to it like
   * a decoded list, so it is dropped with the block and never outlives the
   * cache's budget.
   */
  keptList(owner: object, position: number, fieldId: number, make: () => PostingList): PostingList {
    let kept = this.keptLists.get(owner);
    if (kept === undefined) this.keptLists.set(owner, (kept = new Map()));
    const key = position * 64 + fieldId;
    let list = kept.get(key);
    if (list === undefined) {
      list = make();
      kept.set(key, list);
      this.grow(LIST_OVERHEAD + 12 * list.documents.length);
    }
    return list;
  }
}

function decodePostingList(bytes: Uint8Array, offset: number, wantedFieldId: number, grow: (bytes: number) => void): PostingList | null {
  const reader = new VarintReader(bytes, offset);
  for (let fields = reader.read(); fields > 0; fields--) {
    const fieldId = reader.read();
    if (fieldId === wantedFieldId) return decodeFieldPostings(bytes, reader, grow);
    skipFieldPostings(reader);
  }
  return null;
}
