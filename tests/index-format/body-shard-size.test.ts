import { describe, expect, it } from 'vitest';
import { MAX_BODY_SHARDS, MIN_BODY_SHARD_SIZE, bodyShardSizeFor } from '../../src/index-format/artefacts';

describe('bodyShardSizeFor', () => {
  it.each([
    [1, MIN_BODY_SHARD_SIZE],
    [9_958, MIN_BODY_SHARD_SIZE],
    [MAX_BODY_SHARDS * MIN_BODY_SHARD_SIZE, MIN_BODY_SHARD_SIZE],
    [MAX_BODY_SHARDS * MIN_BODY_SHARD_SIZE + 1, 2 * MIN_BODY_SHARD_SIZE],
    [1_000_000, 128],
  ])('gives %i articles shards of %i', (articles, size) => {
    expect(bodyShardSizeFor(articles)).toBe(size);
  });

  it('never needs more shards than a Worker may carry, however large the corpus', () => {
    for (const articles of [0, 7, 80_001, 500_000, 3_000_000]) {
      expect(Math.ceil(articles / bodyShardSizeFor(articles))).toBeLessThanOrEqual(MAX_BODY_SHARDS);
    }
  });
});
