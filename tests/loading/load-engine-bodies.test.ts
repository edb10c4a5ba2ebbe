import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/article';
import { MIN_BODY_SHARD_SIZE } from '../../src/index-format/artefacts';
import { buildIndex } from '../../src/indexing/build-index';
import { createMemoryReader } from '../../src/loading/artefact-reader';
import { loadEngine, type Engine } from '../../src/loading/load-engine';

/** Three shards' worth of articles, each body naming its own position. */
const articles: Article[] = Array.from({ length: 3 * MIN_BODY_SHARD_SIZE }, (_, index) => ({
  id: `a${index}`,
  title: `خبر ${index}`,
  body: `نص الخبر رقم ${index}`,
}));

let files: ReadonlyMap<string, string | Uint8Array>;

beforeAll(async () => {
  files = (await buildIndex(articles)).files;
});

/** A freshly loaded engine and the body shards it has read so far. */
async function loadCounting(): Promise<{ engine: Engine; shardReads: string[] }> {
  const memory = createMemoryReader(files);
  const shardReads: string[] = [];
  const engine = await loadEngine({
    read: (name) => {
      if (name.startsWith('bodies/')) shardReads.push(name);
      return memory.read(name);
    },
  });
  return { engine, shardReads };
}

describe('engine.bodies', () => {
  it('returns each article’s own body, in the order asked', async () => {
    const { engine } = await loadCounting();
    const ordinals = [MIN_BODY_SHARD_SIZE + 1, 0, 2 * MIN_BODY_SHARD_SIZE, 1];
    expect(await engine.bodies(ordinals)).toEqual(ordinals.map((ordinal) => `نص الخبر رقم ${ordinal}`));
  });

  it('reads a shard once for a page whose hits share it, and not again once it is kept', async () => {
    const { engine, shardReads } = await loadCounting();
    const sameShard = [2 * MIN_BODY_SHARD_SIZE + 1, 2 * MIN_BODY_SHARD_SIZE + 2, 2 * MIN_BODY_SHARD_SIZE + 3];
    await engine.bodies([...sameShard, 0]);
    expect([...shardReads].sort()).toEqual(['bodies/0000.json', 'bodies/0002.json']);
    await engine.bodies(sameShard);
    expect(shardReads).toHaveLength(2);
  });
});
