// An artefact reader that counts what it reads: bytes and files since a mark, so a bench sees what a cold start or one query costs.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArtefactReader } from '../../../src/loading/artefact-reader';

/** The reads since the last `mark()`: how many bytes, and which files. */
export interface ReadTally {
  readonly bytes: number;
  readonly files: ReadonlySet<string>;
}

export interface CountingReader extends ArtefactReader {
  /** Reads since the last mark (or since the reader was made). */
  tally(): ReadTally;
  /** Starts a new tally. */
  mark(): void;
}

/** Wraps a reader so every read is counted; what it returns is unchanged. */
export function countReads(inner: ArtefactReader): CountingReader {
  let bytes = 0;
  let files = new Set<string>();
  return {
    async read(name) {
      const contents = await inner.read(name);
      files.add(name);
      bytes += contents?.length ?? 0;
      return contents;
    },
    tally: () => ({ bytes, files }),
    mark() {
      bytes = 0;
      files = new Set<string>();
    },
  };
}

/** Reads artefacts from a folder on demand, as a Worker fetches static assets: a file is read only when asked for. */
export function createDiskReader(root: string): ArtefactReader {
  return {
    async read(name) {
      try {
        return new Uint8Array(await readFile(join(root, name)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}
