import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createEngineProvider, PIECE_CACHE_MIB_RANGE, pieceCacheBytes } from '../../src/api/engine-provider';
import { DEFAULT_CACHE_BYTES } from '../../src/loading/piece-store';

const MiB = 1024 * 1024;

describe('the piece cache budget', () => {
  it('is what PIECE_CACHE_MIB says, for the engine the worker loads from its assets', async () => {
    const engine = await createEngineProvider()({ ...env, PIECE_CACHE_MIB: '16' });
    expect(engine.store.budgetBytes).toBe(16 * MiB);
    expect((await engine.documents([0]))[0]).toBeDefined();
  });

  it('is the default budget when PIECE_CACHE_MIB is unset, not a whole number, or outside its range', () => {
    for (const value of ['', ' ', '48.5', '-16', 'lots', String(PIECE_CACHE_MIB_RANGE.min - 1), String(PIECE_CACHE_MIB_RANGE.max + 1), '1000']) {
      expect(pieceCacheBytes({ ...env, PIECE_CACHE_MIB: value })).toBe(DEFAULT_CACHE_BYTES);
    }
    const { PIECE_CACHE_MIB: _unset, ...withoutIt } = env;
    expect(pieceCacheBytes(withoutIt as Env)).toBe(DEFAULT_CACHE_BYTES);
  });

  it('takes either end of its range, with spaces around the number', () => {
    expect(pieceCacheBytes({ ...env, PIECE_CACHE_MIB: String(PIECE_CACHE_MIB_RANGE.min) })).toBe(PIECE_CACHE_MIB_RANGE.min * MiB);
    expect(pieceCacheBytes({ ...env, PIECE_CACHE_MIB: ` ${PIECE_CACHE_MIB_RANGE.max} ` })).toBe(PIECE_CACHE_MIB_RANGE.max * MiB);
  });
});
