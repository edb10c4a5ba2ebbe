// The files the build writes into index-data/ and the worker reads: names and shapes.

/** File names inside index-data/. */
export const MANIFEST_FILE = 'manifest.json';
export const SEARCH_INDEX_FILE = 'search-index.json';
export const CATALOG_FILE = 'catalog.json';

/** Body text lives in shards so a search loads only the text of the hits it shows. */
export function bodyShardFile(shard: number): string {
  return `bodies/${String(shard).padStart(4, '0')}.json`;
}

/** Articles per body shard. */
export const BODY_SHARD_SIZE = 64;

export interface ArtefactDescription {
  readonly bytes: number;
  readonly sha256: string;
}

/** The manifest is read first; everything else is checked against it. */
export interface Manifest {
  readonly formatVersion: number;
  readonly analyzerVersion: number;
  readonly documentCount: number;
  /** SHA-256 of the validated articles, so two builds of the same content can be recognised. */
  readonly contentHash: string;
  readonly bodyShardSize: number;
  /** Display fields the catalog keeps, when a configuration chose them (absent: all of them). */
  readonly storedFields?: readonly string[];
  /** Field boosts chosen by the build configuration, which the worker ranks with (absent: src/search/ranking.ts). */
  readonly boosts?: Readonly<Partial<Record<string, number>>>;
  readonly files: Readonly<Record<string, ArtefactDescription>>;
}

/**
 * Display fields of every article, one array per field, aligned by the
 * article's ordinal (its MiniSearch id). Columns keep the JSON small.
 */
export interface Catalog {
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  readonly urls: readonly (string | null)[];
  readonly dates: readonly (string | null)[];
  readonly categories: readonly (string | null)[];
  readonly sources: readonly (string | null)[];
  readonly tags: readonly (readonly string[])[];
}

/** One body shard: the bodies of ordinals [shard * size, (shard + 1) * size). */
export type BodyShard = readonly string[];
