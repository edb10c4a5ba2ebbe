// Term blocks: a run of consecutive index terms with their readable spellings and postings, one piece each.

import { decodeFieldPostings, encodeFieldPostings, findInColumns, LIST_OVERHEAD, skipFieldPostings } from './posting-blocks';
import { VarintReader, VarintWriter } from './varint';

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
 * Layout: term count; the terms front-coded (shared prefix length, then the
 * rest as UTF-16 units); each term's display spelling (length 0: itself);
 * each term's postings byte length; then the postings, in term order. A
 * lookup decodes the terms only, and the postings of the terms it needs.
 */
export function encodeTermBlock(entries: readonly TermEntry[]): Uint8Array {
  const header = new VarintWriter();
  const postings = new VarintWriter();
  header.write(entries.length);
  let previous = '';
  for (const entry of entries) {
    const shared = sharedPrefixLength(previous, entry.term);
    header.write(shared);
    writeString(header, entry.term, shared);
    previous = entry.term;
  }
  for (const entry of entries) writeString(header, entry.display);
  for (const entry of entries) {
    const start = postings.byteLength;
    encodeTermPostings(entry, postings);
    header.write(postings.byteLength - start);
  }
  const head = header.finish();
  const tail = postings.finish();
  const bytes = new Uint8Array(head.length + tail.length);
  bytes.set(head);
  bytes.set(tail, head.length);
  return bytes;
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

  /** `grow` hears the bytes each decoded posting list or block adds, so a cache can count them (12 per posting, about 4× the encoded size). */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly grow: (bytes: number) => void = () => {},
  ) {
    const reader = new VarintReader(bytes);
    const count = reader.read();
    const terms = new Array<string>(count);
    let previous = '';
    for (let index = 0; index < count; index++) {
      const shared = reader.read();
      previous = readString(reader, previous.slice(0, shared));
      terms[index] = previous;
    }
    const displays = new Array<string>(count);
    for (let index = 0; index < count; index++) displays[index] = readString(reader);
    const offsets = new Int32Array(count + 1);
    for (let index = 0; index < count; index++) offsets[index + 1] = offsets[index]! + reader.read();
    for (let index = 0; index <= count; index++) offsets[index]! += reader.position;
    if (offsets[count] !== bytes.length) throw new Error('TermBlock: the postings do not end where the block does (truncated or corrupt piece)');
    this.terms = terms;
    this.displays = displays;
    this.offsets = offsets;
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
    const reader = new VarintReader(this.bytes, this.offsets[position]!);
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
      list = decodePostingList(this.bytes, this.offsets[position]!, fieldId, this.grow);
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
