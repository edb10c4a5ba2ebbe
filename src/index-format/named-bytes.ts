// What a piece's name hashes: most pieces whole, a rows piece its header line, a term block its head.

import { ROWS_KIND, rowsHeaderLineOf } from './rows-piece';
import { TERMS_KIND, termBlockHeadOf } from './term-block';

/**
 * The bytes a piece's name hashes, by the piece's kind; null when a rows
 * piece has no header line or a term block's head is cut short. The parts
 * outside (rows, a term's postings) are checked against hashes inside the
 * named bytes when they are used.
 */
export function namedBytesOf(bytes: Uint8Array, kind: string): Uint8Array | null {
  if (kind === ROWS_KIND) return rowsHeaderLineOf(bytes);
  if (kind === TERMS_KIND) return termBlockHeadOf(bytes);
  return bytes;
}
