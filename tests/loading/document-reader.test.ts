import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/article';
import { type Manifest, MIN_DOCUMENTS_PER_PIECE, type SegmentRoot } from '../../src/index-format/artefacts';
import { buildIndexFiles } from '../../src/indexing/build-index';
import { createMemoryReader } from '../../src/loading/artefact-reader';
import { type Engine, loadEngine } from '../../src/loading/load-engine';

/** Three document pieces' worth of articles, each body naming its own position. */
const articles: Article[] = Array.from({ length: 3 * MIN_DOCUMENTS_PER_PIECE }, (_, index) => ({
  id: `a${index}`,
  title: `خبر ${index}`,
  body: `نص الخبر رقم ${index}`,
}));

let files: ReadonlyMap<string, string | Uint8Array>;

beforeAll(async () => {
  files = (await buildIndexFiles(articles)).files;
});

/** The document pieces of the build, in ordinal order. */
function documentPieces(): string[] {
  const text = (name: string): string => {
    const contents = files.get(name)!;
    return typeof contents === 'string' ? contents : new TextDecoder().decode(contents);
  };
  const manifest = JSON.parse(text('manifest.json')) as Manifest;
  const root = JSON.parse(text(manifest.segments[0]!.root)) as SegmentRoot;
  return root.documentDirectory.flatMap((chunk) => JSON.parse(text(chunk)) as string[]);
}

/** A freshly loaded engine and the document pieces it has read so far. */
async function loadCounting(): Promise<{ engine: Engine; shardReads: string[] }> {
  const memory = createMemoryReader(files);
  const pieces = new Set(documentPieces());
  const shardReads: string[] = [];
  const engine = await loadEngine({
    read: (name) => {
      if (pieces.has(name)) shardReads.push(name);
      return memory.read(name);
    },
  });
  return { engine, shardReads };
}

describe('engine.bodies', () => {
  it('returns each article’s own body, in the order asked', async () => {
    const { engine } = await loadCounting();
    const ordinals = [MIN_DOCUMENTS_PER_PIECE + 1, 0, 2 * MIN_DOCUMENTS_PER_PIECE, 1];
    expect(await engine.bodies(ordinals)).toEqual(ordinals.map((ordinal) => `نص الخبر رقم ${ordinal}`));
  });

  it('reads a document piece once for a page whose hits share it, and not again once it is kept', async () => {
    const { engine, shardReads } = await loadCounting();
    const sameShard = [2 * MIN_DOCUMENTS_PER_PIECE + 1, 2 * MIN_DOCUMENTS_PER_PIECE + 2, 2 * MIN_DOCUMENTS_PER_PIECE + 3];
    await engine.bodies([...sameShard, 0]);
    expect([...shardReads].sort()).toEqual([documentPieces()[0]!, documentPieces()[2]!].sort());
    await engine.bodies(sameShard);
    expect(shardReads).toHaveLength(2);
  });
});
