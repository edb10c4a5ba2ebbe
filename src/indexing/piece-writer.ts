// Piece writers: where a build puts the pieces it makes, each named by its content hash, and how it reads them back.

import { type PieceKind, pieceFileName } from '../index-format/artefacts';
import { namedBytesOf } from '../index-format/named-bytes';
import { sha256Hex } from '../text/sha256';
import type { PieceLoader } from './merge-segments';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Takes pieces and names them (pieces/<hash>.<kind>); reads back the ones it holds, for merges. */
export interface PieceWriter extends PieceLoader {
  add(contents: string | Uint8Array, kind: PieceKind): Promise<string>;
}

/** The bytes and name of a piece. */
export async function namePiece(contents: string | Uint8Array, kind: PieceKind): Promise<{ name: string; bytes: Uint8Array }> {
  const bytes = typeof contents === 'string' ? encoder.encode(contents) : contents;
  const named = namedBytesOf(bytes, kind);
  if (named === null) throw new Error(`namePiece: these bytes are not a ${kind} piece`);
  return { name: pieceFileName(await sha256Hex(named), kind), bytes };
}

/** Pieces held in memory by name; adding the same bytes twice stores them once, under one name. */
export class MemoryPieceWriter implements PieceWriter {
  readonly files = new Map<string, Uint8Array>();

  async add(contents: string | Uint8Array, kind: PieceKind): Promise<string> {
    const { name, bytes } = await namePiece(contents, kind);
    if (!this.files.has(name)) this.files.set(name, bytes);
    return name;
  }

  async bytes(name: string): Promise<Uint8Array> {
    const bytes = this.files.get(name);
    if (bytes === undefined) throw new Error(`MemoryPieceWriter: no piece ${name}`);
    return bytes;
  }

  async json<T>(name: string): Promise<T> {
    return JSON.parse(decoder.decode(await this.bytes(name))) as T;
  }
}
