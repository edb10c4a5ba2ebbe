// Document rows read one at a time: a rows piece's bytes are kept whole, and only the row a hit needs is checked and decoded.

import type { StoredDocumentRow } from '../index-format/artefacts';
import { type RowsHeader, readRowsHeader } from '../index-format/rows-piece';
import { sha256Hex } from '../text/sha256';

const textDecoder = new TextDecoder();

/** Thrown when a piece is not a rows piece, or a row does not match its hash or is not JSON; the reader reports it as a corrupt index. */
export class MalformedRowsError extends Error {}

/**
 * A rows piece (src/index-format/rows-piece.ts) whose header the piece store
 * has checked against the piece's name. A row is checked against its hash in
 * the header when it is read: a page needs one row of a piece (of 128 at a
 * million articles), and hashing the rest would cost more than the page.
 */
export class DocumentRows {
  private readonly header: RowsHeader;

  constructor(private readonly bytes: Uint8Array) {
    const header = readRowsHeader(bytes);
    if (typeof header === 'string') throw new MalformedRowsError(header);
    this.header = header;
  }

  /** Rows in the piece. */
  get count(): number {
    return this.header.hashes.length;
  }

  /** Row `index`, checked and decoded now, or undefined past the last row. Throws MalformedRowsError when its bytes do not match its hash or are not JSON. */
  async row(index: number): Promise<StoredDocumentRow | undefined> {
    const { starts, hashes } = this.header;
    if (!Number.isInteger(index) || index < 0 || index >= hashes.length) return undefined;
    const bytes = this.bytes.subarray(starts[index]!, starts[index + 1]!);
    if (!(await sha256Hex(bytes)).startsWith(hashes[index]!)) throw new MalformedRowsError(`row ${index} does not match its hash in the header`);
    try {
      return JSON.parse(textDecoder.decode(bytes)) as StoredDocumentRow;
    } catch (error) {
      throw new MalformedRowsError(`row ${index} is not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  }
}
