// Batches handed to a segment maker, several at once, give the index a build makes batch by batch in one thread.

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../scripts/content/load-articles';
import { type FreshBatch, writeBatchSegment } from '../../src/indexing/batch-segment';
import { buildIndexFiles, type SegmentMaker } from '../../src/indexing/build-index';
import { MemoryPieceWriter } from '../../src/indexing/piece-writer';
import type { WrittenSegment } from '../../src/indexing/write-segment';

const { articles: SAMPLE } = await loadArticles([resolve('content/sample')]);
const BATCH = 5;

/**
 * A maker that writes into the build's own pieces but finishes its batches
 * in reverse order of arrival (the last of each round first), as threads of
 * unequal speed would, and records how many it held at once.
 */
function reversingMaker(concurrency: number, pieces: MemoryPieceWriter): SegmentMaker & { batches: number; mostAtOnce: number } {
  const held: (() => void)[] = [];
  let inHand = 0;
  const maker = {
    concurrency,
    batches: 0,
    mostAtOnce: 0,
    async make(batch: FreshBatch): Promise<WrittenSegment> {
      maker.batches++;
      inHand++;
      maker.mostAtOnce = Math.max(maker.mostAtOnce, inHand);
      await new Promise<void>((release) => {
        held.push(release);
        // A full round, or the last batch (fewer than BATCH articles), releases everyone held, newest first.
        if (held.length === concurrency || batch.articles.length < BATCH) for (const next of held.splice(0).reverse()) next();
      });
      inHand--;
      return writeBatchSegment(batch, pieces);
    },
  };
  return maker;
}

describe('a build whose batches are made several at once', () => {
  it('writes the same bytes as one thread making each batch in turn, though batches finish out of order', async () => {
    expect(SAMPLE.length % BATCH).not.toBe(0);
    const sequential = await buildIndexFiles(SAMPLE, { batchSize: BATCH });
    const pieces = new MemoryPieceWriter();
    const maker = reversingMaker(3, pieces);
    const concurrent = await buildIndexFiles(SAMPLE, { batchSize: BATCH, segmentMaker: maker }, pieces);
    expect(maker.batches).toBe(Math.ceil(SAMPLE.length / BATCH));
    expect(maker.mostAtOnce).toBe(3);
    expect(concurrent.files).toEqual(sequential.files);
  });

  it('never holds more batches than the maker takes at once', async () => {
    const pieces = new MemoryPieceWriter();
    const maker = reversingMaker(2, pieces);
    await buildIndexFiles(SAMPLE, { batchSize: BATCH, segmentMaker: maker }, pieces);
    expect(maker.mostAtOnce).toBe(2);
  });

  it('closes the maker once every batch is in, and hands it nothing after', async () => {
    const pieces = new MemoryPieceWriter();
    const maker = reversingMaker(2, pieces);
    let batchesAtClose = -1;
    const closing = { ...maker, make: maker.make, close: async () => void (batchesAtClose = maker.batches) };
    await buildIndexFiles(SAMPLE, { batchSize: BATCH, segmentMaker: closing }, pieces);
    expect(batchesAtClose).toBe(Math.ceil(SAMPLE.length / BATCH));
  });

  it('makes a build of a single batch in its own thread, without the maker', async () => {
    const maker = reversingMaker(2, new MemoryPieceWriter());
    const built = await buildIndexFiles(SAMPLE, { segmentMaker: maker });
    expect(maker.batches).toBe(0);
    expect(built.files).toEqual((await buildIndexFiles(SAMPLE)).files);
  });

  it("fails with the maker's error when a batch fails", async () => {
    const failing: SegmentMaker = { concurrency: 2, make: () => Promise.reject(new Error('thread lost')) };
    await expect(buildIndexFiles(SAMPLE, { batchSize: BATCH, segmentMaker: failing })).rejects.toThrow('thread lost');
  });
});
