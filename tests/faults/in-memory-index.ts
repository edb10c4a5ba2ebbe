// Test helper: articles → built artefacts in memory → a reader, an engine provider and an app, with no file system.

import { createApp } from '../../src/api/create-app';
import type { EngineProvider } from '../../src/api/engine-provider';
import type { Article } from '../../src/content/article';
import { buildIndexFiles } from '../../src/indexing/build-index';
import { createMemoryReader } from '../../src/loading/artefact-reader';

export { createMemoryReader };

import { loadEngine } from '../../src/loading/load-engine';

const encoder = new TextEncoder();

/** The artefacts of a build as bytes by file name, ready to be corrupted by a test. */
export async function buildFiles(articles: readonly Article[]): Promise<Map<string, Uint8Array>> {
  const built = await buildIndexFiles(articles);
  return new Map([...built.files].map(([name, contents]) => [name, typeof contents === 'string' ? encoder.encode(contents) : contents]));
}

/** An engine provider over the map that, like the worker's, keeps a loaded engine and retries a failed load. */
export function createMemoryProvider(files: ReadonlyMap<string, Uint8Array>): EngineProvider {
  let loaded: ReturnType<EngineProvider> | undefined;
  return () => {
    if (loaded === undefined) {
      loaded = loadEngine(createMemoryReader(files));
      loaded.catch(() => {
        loaded = undefined;
      });
    }
    return loaded;
  };
}

/** The real app over artefacts in memory; call it with `app.request(path)`. */
export function createMemoryApp(files: ReadonlyMap<string, Uint8Array>): ReturnType<typeof createApp> {
  return createApp(createMemoryProvider(files));
}

/** A minimal valid article. */
export function article(id: string, title: string, body: string, extra: Partial<Article> = {}): Article {
  return { id, title, body, ...extra };
}
