// Engine provider: loads the index once per isolate and hands the same engine to every request.

import { createAssetsReader } from '../loading/artefact-reader';
import { type Engine, loadEngine } from '../loading/load-engine';

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
      pending = loadEngine(createAssetsReader(env.ASSETS));
      pending.catch(() => {
        pending = undefined;
      });
    }
    return pending;
  };
}
