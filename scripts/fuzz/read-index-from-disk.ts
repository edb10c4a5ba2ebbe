// Disk reader for Node scripts: an index-data/ folder → the ArtefactReader that loadEngine takes.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArtefactReader } from '../../src/loading/artefact-reader';

/** Reads artefacts from a folder on disk; a missing file reads as null, as it does through static assets. */
export function createDiskReader(directory: string): ArtefactReader {
  return {
    async read(name) {
      try {
        return new Uint8Array(await readFile(join(directory, name)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}
