// Document rows read one at a time: a document piece's bytes are kept whole, and only the row a hit needs is decoded.

import type { StoredDocumentRow } from '../index-format/artefacts';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

const textDecoder = new TextDecoder();

/** Thrown when a piece is not a JSON array of rows; the reader reports it as a corrupt index. */
export class MalformedRowsError extends Error {}

/**
 * Where each element of a JSON array of arrays starts and ends, as byte
 * offsets [start, end) in pairs, found without decoding the text. In UTF-8 no
 * byte of a multi-byte character equals a quote, a backslash or a bracket, so
 * the structure can be read off the bytes; string contents are skipped with
 * indexOf, which runs natively over the Arabic text that is most of a piece.
 */
export function rowBounds(bytes: Uint8Array): Int32Array {
  const bounds: number[] = [];
  let depth = 0;
  let start = -1;
  for (let at = 0; at < bytes.length; at++) {
    const byte = bytes[at]!;
    if (byte === QUOTE) {
      at = closingQuote(bytes, at);
    } else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
      depth++;
      if (depth === 2) start = at;
    } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
      if (depth === 2) bounds.push(start, at + 1);
      depth--;
      if (depth < 0) throw new MalformedRowsError('a bracket closes nothing');
    }
  }
  if (depth !== 0) throw new MalformedRowsError('the array is not closed');
  return Int32Array.from(bounds);
}

/** The offset of the quote that closes the string opened at `opening`: a quote after an even run of backslashes. */
function closingQuote(bytes: Uint8Array, opening: number): number {
  for (let at = bytes.indexOf(QUOTE, opening + 1); at !== -1; at = bytes.indexOf(QUOTE, at + 1)) {
    let backslashes = 0;
    while (bytes[at - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
  throw new MalformedRowsError('a string is not closed');
}

/** A document piece whose rows are decoded when asked for: a page needs one row of a piece (of 128 at a million articles). */
export class DocumentRows {
  /** Found when the piece is read, so a piece that is not an array of rows is refused there, as a corrupt one. */
  private readonly bounds: Int32Array;

  constructor(private readonly bytes: Uint8Array) {
    this.bounds = rowBounds(bytes);
  }

  /** Rows in the piece. */
  get count(): number {
    return this.bounds.length / 2;
  }

  /** Row `index`, decoded now, or undefined past the last row. Throws MalformedRowsError when the row is not JSON. */
  row(index: number): StoredDocumentRow | undefined {
    const { bounds } = this;
    if (!Number.isInteger(index) || index < 0 || 2 * index >= bounds.length) return undefined;
    try {
      return JSON.parse(textDecoder.decode(this.bytes.subarray(bounds[2 * index]!, bounds[2 * index + 1]!))) as StoredDocumentRow;
    } catch (error) {
      throw new MalformedRowsError(`row ${index} is not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  }
}
