// An index built in memory, offered to the next build as the previous index to build on.

import type { BuiltFiles, PreviousIndex } from '../../src/indexing/build-index';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function previousOf(built: BuiltFiles): PreviousIndex {
  const bytes = async (name: string): Promise<Uint8Array> => {
    const contents = built.files.get(name);
    if (contents === undefined) throw new Error(`no piece ${name}`);
    return typeof contents === 'string' ? encoder.encode(contents) : contents;
  };
  return { manifest: built.manifest, load: { bytes, json: async <T>(name: string) => JSON.parse(decoder.decode(await bytes(name))) as T } };
}
