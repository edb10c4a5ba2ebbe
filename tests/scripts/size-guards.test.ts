// Size guards warn as artefacts approach the Workers limits and fail past them, with advice.

import { describe, expect, it } from 'vitest';
import { ASSET_LIMITS, checkArtefactSizes, checkBundleSize } from '../../scripts/build/size-guards';

const MiB = 1024 * 1024;

describe('checkArtefactSizes', () => {
  it('says nothing about a small index', () => {
    expect(checkArtefactSizes(new Map([['search-index.json', 2 * MiB]]))).toEqual([]);
  });

  it('warns when one file nears the 25 MiB static-asset limit', () => {
    const [finding] = checkArtefactSizes(new Map([['search-index.json', 21 * MiB]]));
    expect(finding).toEqual({ level: 'warning', message: expect.stringMatching(/search-index\.json is 21\.0 MiB, near the 25\.0 MiB limit/) });
  });

  it('fails with advice when one file is past the limit', () => {
    const [finding] = checkArtefactSizes(new Map([['search-index.json', 26 * MiB]]));
    expect(finding?.level).toBe('error');
    expect(finding?.message).toMatch(/over the 25\.0 MiB limit.*split the corpus/);
  });

  it('fails when there are more files than a Worker may carry', () => {
    const sizes = new Map(Array.from({ length: ASSET_LIMITS.fileCount }, (_, shard) => [`bodies/${shard}.json`, 10] as const));
    expect(checkArtefactSizes(sizes)[0]?.message).toMatch(/over the 20000 static assets/);
  });
});

describe('checkBundleSize', () => {
  it.each([
    [1_000_000, []],
    [2_600_000, ['warning']],
    [4_000_000, ['warning']],
    [11_000_000, ['error']],
  ])('judges a %d-byte compressed bundle as %j', (bytes, levels) => {
    expect(checkBundleSize(bytes).map((finding) => finding.level)).toEqual(levels);
  });
});
