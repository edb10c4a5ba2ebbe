// The files the build writes into index-data/ and the worker reads: names and shapes.

/** File names inside index-data/. */
export const MANIFEST_FILE = 'manifest.json';
/** MiniSearch's document state (see compact-search-index.ts). */
export const SEARCH_INDEX_FILE = 'search-index.json';
/** MiniSearch's radix tree of terms as varints, read node by node at query time. */
export const TERM_TREE_FILE = 'term-tree.bin';
/** MiniSearch's postings as varints, decoded per term at query time. */
export const POSTINGS_FILE = 'postings.bin';
export const CATALOG_FILE = 'catalog.json';
/** Readable spellings of index terms, read only by suggestions and "did you mean" (see DisplayForms). */
export const DISPLAY_FORMS_FILE = 'display-forms.json';

/** Body text lives in shards so a search loads only the text of the hits it shows. */
export function bodyShardFile(shard: number): string {
  return `bodies/${String(shard).padStart(4, '0')}.json`;
}

/**
 * Fewest articles per body shard. A hit's first read fetches, hashes, decodes
 * and parses its whole shard, so small shards keep that near 0.1 ms a hit:
 * on the 10k news corpus a shard of 64 articles (75 KB) cost 1.3 ms, and a
 * page of ten hits in ten new shards 13 ms.
 */
export const MIN_BODY_SHARD_SIZE = 8;

/** Most body shards one index may have: half the 20,000 static assets a Worker may carry, leaving room to grow. */
export const MAX_BODY_SHARDS = 10_000;

/** Articles per body shard for a corpus of this size: the smallest power-of-two multiple of the minimum that stays within MAX_BODY_SHARDS. */
export function bodyShardSizeFor(articleCount: number): number {
  let size = MIN_BODY_SHARD_SIZE;
  while (Math.ceil(articleCount / size) > MAX_BODY_SHARDS) size *= 2;
  return size;
}

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

/**
 * Index term → its most frequent spelling in the articles, without diacritics
 * or tatweel (المدرسه → المدرسة, fifa → FIFA). Only terms whose spelling
 * differs from the term are listed; any other term is its own display form.
 */
export type DisplayForms = Readonly<Record<string, string>>;
