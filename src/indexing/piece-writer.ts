// Piece writer: collects the files of a build, naming each piece by its content hash.

import { pieceFileName, type PieceKind } from '../index-format/artefacts';
import { sha256Hex } from '../text/sha256';

const encoder = new TextEncoder();

/** Files of one build by name; adding the same bytes twice stores them once, under one name. */
export class PieceWriter {
  readonly files = new Map<string, string | Uint8Array>();

  /** Adds a piece and returns its file name (pieces/<hash>.<kind>). */
  async add(contents: string | Uint8Array, kind: PieceKind): Promise<string> {
    const bytes = typeof contents === 'string' ? encoder.encode(contents) : contents;
    const name = pieceFileName(await sha256Hex(bytes), kind);
    if (!this.files.has(name)) this.files.set(name, contents);
    return name;
  }
}
