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

/**
 * Index term → its most frequent spelling in the articles, without diacritics
 * or tatweel (المدرسه → المدرسة, fifa → FIFA). Only terms whose spelling
 * differs from the term are listed; any other term is its own display form.
 */
export type DisplayForms = Readonly<Record<string, string>>;
