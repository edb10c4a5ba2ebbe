// Engine provider: loads the index once per isolate and hands the same engine to every request.

import { createAssetsReader } from '../loading/artefact-reader';
import { type Engine, loadEngine } from '../loading/load-engine';
import { DEFAULT_CACHE_BYTES } from '../loading/piece-store';
import { wholeNumberVar } from './whole-number-var';

export type EngineProvider = (env: Env) => Promise<Engine>;

/**
 * Loads lazily on the first request and keeps the engine for the isolate's
 * life. A failed load is forgotten, so a fixed deployment recovers without a
 * restart.
 */
export function createEngineProvider(): EngineProvider {
  let pending: Promise<Engine> | undefined;
  return (env) => {
    if (pending === undefined) {
      pending = loadEngine(createAssetsReader(env.ASSETS), { cacheBytes: pieceCacheBytes(env) });
      pending.catch(() => {
        pending = undefined;
      });
    }
    return pending;
  };
}

/** The budgets PIECE_CACHE_MIB may set, in MiB: below 8 a page of hits at 1M no longer fits; past 96 an isolate's 128 MB has no room left for scoring and requests. */
export const PIECE_CACHE_MIB_RANGE = { min: 8, max: 96 } as const;

/**
 * The piece cache's budget: PIECE_CACHE_MIB (a `[vars]` entry, whole MiB
 * within PIECE_CACHE_MIB_RANGE) or DEFAULT_CACHE_BYTES when it is unset or
 * not such a number, as CACHE_MAX_AGE falls back to its default.
 */
export function pieceCacheBytes(env: Env): number {
  const mib = wholeNumberVar((env as Env | undefined)?.PIECE_CACHE_MIB, 3);
  return mib !== undefined && mib >= PIECE_CACHE_MIB_RANGE.min && mib <= PIECE_CACHE_MIB_RANGE.max ? mib * 1024 * 1024 : DEFAULT_CACHE_BYTES;
}
