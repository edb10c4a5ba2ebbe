// Pieces on disk: the staging folder a build writes into, and the verified reader of the previous index.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { expectedPieceHash, type PieceKind, pieceKindOf } from '../../src/index-format/artefacts';
import { namedBytesOf } from '../../src/index-format/named-bytes';
import type { PieceLoader } from '../../src/indexing/merge-segments';
import { namePiece, type PieceWriter } from '../../src/indexing/piece-writer';
import { sha256Hex } from '../../src/text/sha256';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Writes pieces straight into a folder, so a large build never holds its output in memory. */
export class DiskPieceWriter implements PieceWriter {
  readonly written = new Set<string>();
  private readonly folders = new Set<string>();

  constructor(readonly folder: string) {}

  async add(contents: string | Uint8Array, kind: PieceKind): Promise<string> {
    const { name, bytes } = await namePiece(contents, kind);
    if (!this.written.has(name)) {
      const path = join(this.folder, name);
      if (!this.folders.has(dirname(path))) mkdirSync(dirname(path), { recursive: true });
      this.folders.add(dirname(path));
      if (!existsSync(path)) writeFileSync(path, bytes);
      this.written.add(name);
    }
    return name;
  }

  /** Counts as this build's the pieces another writer (a batch thread) put in the same folder. */
  adopt(names: Iterable<string>): void {
    for (const name of names) this.written.add(name);
  }

  async bytes(name: string): Promise<Uint8Array> {
    if (!this.written.has(name)) throw new Error(`DiskPieceWriter: ${name} was not written by this build`);
    return new Uint8Array(await readFile(join(this.folder, name)));
  }

  async json<T>(name: string): Promise<T> {
    return JSON.parse(decoder.decode(await this.bytes(name))) as T;
  }
}

/** A piece of the previous index that is missing or does not match its name. */
export class DamagedPieceError extends Error {}

/** Reads pieces of an index folder, each checked against the hash in its name on its first read. */
export function verifiedLoader(folder: string): PieceLoader {
  const verified = new Set<string>();
  const expectedOf = (name: string): string => {
    const expected = expectedPieceHash(name);
    if (expected === null) throw new DamagedPieceError(`${name} is missing`);
    return expected;
  };
  const check = (name: string, digest: string, expected: string): void => {
    if (!digest.startsWith(expected)) throw new DamagedPieceError(`${name} does not match its name's hash`);
    verified.add(name);
  };
  const bytes = async (name: string): Promise<Uint8Array> => {
    const expected = expectedOf(name);
    let file: Buffer;
    try {
      file = readFileSync(join(folder, name));
    } catch {
      throw new DamagedPieceError(`${name} is missing`);
    }
    // A view of the file's bytes, not a copy.
    const data = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
    if (!verified.has(name)) {
      // A rows piece's name hashes its header; its rows are checked with every other piece before the build reuses any (check-pieces-thread.ts).
      const named = namedBytesOf(data, pieceKindOf(name) ?? '');
      if (named === null) throw new DamagedPieceError(`${name} does not match its name's hash`);
      check(name, await sha256Hex(named), expected);
    }
    return data;
  };
  return {
    bytes,
    json: async <T>(name: string): Promise<T> => {
      try {
        return JSON.parse(decoder.decode(await bytes(name))) as T;
      } catch (error) {
        if (error instanceof DamagedPieceError) throw error;
        throw new DamagedPieceError(`${name} is not valid JSON`);
      }
    },
  };
}
