// The shape every benchmarked engine takes: build artefacts from articles, load them from bytes, answer queries.

import type { Article } from '../../src/content/article';

/** What a build writes: file name → contents, and which of them a cold start must load. */
export interface BuiltArtefacts {
  readonly files: ReadonlyMap<string, string | Uint8Array>;
  /** Files loaded before the first answer; the rest (ours: body shards) are read only for the hits shown. */
  readonly coldFiles: readonly string[];
}

/** A loaded engine: answers one query with its first page of hits, returning how many it found. */
export interface LoadedSearcher {
  search(query: string): number | Promise<number>;
}

export interface BenchEngine {
  readonly name: string;
  /** One line on how the engine is configured, printed under the table. */
  readonly configuration: string;
  build(articles: readonly Article[]): Promise<BuiltArtefacts>;
  /** From artefact bytes in memory to a searcher; the bytes of every file are given, lazily used or not. */
  load(files: ReadonlyMap<string, Uint8Array>): Promise<LoadedSearcher>;
}

/** Hits per page, for every engine: the first page is what a reader waits for. */
export const PAGE_SIZE = 10;

export const utf8 = new TextDecoder();
