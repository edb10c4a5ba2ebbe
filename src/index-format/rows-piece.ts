// Rows pieces: stored documents behind a header that lists each row's length and hash, so a row is checked without hashing its piece.

import type { PieceKind } from './artefacts';

/**
 * A document piece holds 128 articles at a million (about 200 KB), and a hit
 * shows one of them. Hashing and scanning the whole piece for that row cost a
 * cold query at a million articles 13–21 ms of its first page. A rows piece
 * is named by the hash of its header alone; the header holds every row's
 * hash, so the name still commits to every byte, and a reader checks the
 * header and then only the rows it uses.
 *
 * Layout: the header, a JSON array of `[byteLength, hash]` per row (`hash`:
 * the first ROW_HASH_DIGITS hex digits of the SHA-256 of the row's bytes),
 * then a newline, then the rows' UTF-8 JSON, one after another. JSON text
 * never holds a raw newline, so the first newline ends the header.
 */

/** The extension of rows pieces (pieces/<hash>.rows). */
export const ROWS_KIND = 'rows' satisfies PieceKind;

/** Hex digits of a row's SHA-256 kept in the header: 96 bits, as a piece name keeps. */
export const ROW_HASH_DIGITS = 24;

/** Where each row lies in a rows piece, and the hash its bytes must start with. */
export interface RowsHeader {
  /** Offset of the first row: the bytes before it are what the piece's name hashes. */
  readonly end: number;
  /** Row i lies in [starts[i], starts[i + 1]). */
  readonly starts: Int32Array;
  readonly hashes: readonly string[];
}

/**
 * The header of a rows piece, or a sentence saying why it is not one. It
 * names nothing outside itself but JSON and TextDecoder, so the thread that
 * checks an old index runs its source text (scripts/build/check-pieces-thread.ts).
 */
export function readRowsHeader(bytes: Uint8Array): RowsHeader | string {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return 'it has no header line';
  let entries: unknown;
  try {
    entries = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes.subarray(0, newline)));
  } catch {
    return 'its header is not JSON';
  }
  if (!Array.isArray(entries)) return 'its header is not a list of rows';
  const end = newline + 1;
  const starts = new Int32Array(entries.length + 1);
  const hashes: string[] = [];
  starts[0] = end;
  for (let row = 0; row < entries.length; row++) {
    const entry: unknown = entries[row];
    if (!Array.isArray(entry) || !Number.isInteger(entry[0]) || entry[0] < 0 || typeof entry[1] !== 'string')
      return `header entry ${row} is not [length, hash]`;
    starts[row + 1] = starts[row]! + entry[0];
    hashes.push(entry[1]);
  }
  if (starts[entries.length] !== bytes.length) return 'its rows do not add up to its length';
  return { end, starts, hashes };
}

/**
 * What is wrong with a rows piece named `expected` (the hex its name holds),
 * or null: its header against the name, then every row against the header.
 * `sha256Hex` is the caller's synchronous hash. Self-contained like
 * readRowsHeader, which the caller passes in, for the same reason.
 */
export function rowsPieceDamage(
  bytes: Uint8Array,
  expected: string,
  sha256Hex: (bytes: Uint8Array) => string,
  readHeader: (bytes: Uint8Array) => RowsHeader | string,
): string | null {
  const header = readHeader(bytes);
  if (typeof header === 'string') return header;
  if (!sha256Hex(bytes.subarray(0, header.end)).startsWith(expected)) return "its header does not match its name's hash";
  for (let row = 0; row < header.hashes.length; row++) {
    if (!sha256Hex(bytes.subarray(header.starts[row]!, header.starts[row + 1]!)).startsWith(header.hashes[row]!)) {
      return `row ${row} does not match its hash in the header`;
    }
  }
  return null;
}

/**
 * The bytes a rows piece's name hashes: its header line, or null when it has
 * none. Whether the header is valid is readRowsHeader's to say when the piece
 * is decoded, so a first read parses it once, not twice.
 */
export function rowsHeaderLineOf(bytes: Uint8Array): Uint8Array | null {
  const newline = bytes.indexOf(0x0a);
  return newline < 0 ? null : bytes.subarray(0, newline + 1);
}

const encoder = new TextEncoder();

/** A rows piece of `rows` (each one JSON value), given an async SHA-256 in hex. */
export async function encodeRowsPiece(rows: readonly unknown[], sha256Hex: (bytes: Uint8Array) => Promise<string>): Promise<Uint8Array> {
  const encoded = rows.map((row) => encoder.encode(JSON.stringify(row)));
  const entries: [number, string][] = [];
  for (const row of encoded) entries.push([row.length, (await sha256Hex(row)).slice(0, ROW_HASH_DIGITS)]);
  const header = encoder.encode(`${JSON.stringify(entries)}\n`);
  let length = header.length;
  for (const row of encoded) length += row.length;
  const bytes = new Uint8Array(length);
  bytes.set(header, 0);
  let at = header.length;
  for (const row of encoded) {
    bytes.set(row, at);
    at += row.length;
  }
  return bytes;
}

/**
 * Every row of a rows piece, in order, without checking row hashes: for a
 * build merging pieces whose every byte it has checked (or just written).
 */
export function decodeRowsPiece(bytes: Uint8Array): unknown[] {
  const header = readRowsHeader(bytes);
  if (typeof header === 'string') throw new Error(`decodeRowsPiece: not a rows piece: ${header}`);
  const decoder = new TextDecoder();
  const rows: unknown[] = [];
  for (let row = 0; row < header.hashes.length; row++)
    rows.push(JSON.parse(decoder.decode(bytes.subarray(header.starts[row]!, header.starts[row + 1]!))));
  return rows;
}
