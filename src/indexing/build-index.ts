// Index build: validated articles → the artefacts of index-data/ (pure: no file system, deterministic).

import type { Article } from '../content/article';
import {
  bodyShardSizeFor,
  CATALOG_FILE,
  DISPLAY_FORMS_FILE,
  MANIFEST_FILE,
  POSTINGS_FILE,
  SEARCH_INDEX_FILE,
  TERM_TREE_FILE,
  bodyShardFile,
  type ArtefactDescription,
  type Catalog,
  type Manifest,
} from '../index-format/artefacts';
import { CompactMiniSearch } from '../index-format/compact-search-index';
import { createIndexOptions, type IndexField, type IndexedDocument } from '../index-format/search-options';
import { ANALYZER_VERSION, FORMAT_VERSION } from '../index-format/versions';
import { collectDisplayForms } from './display-forms';
import { sha256Hex } from '../text/sha256';
import { DEFAULT_STORED_FIELDS, type StorableField } from './stored-fields';

/** The build's output: file name → contents, the manifest among them. */
export interface BuiltIndex {
  readonly files: ReadonlyMap<string, string | Uint8Array>;
  readonly manifest: Manifest;
  readonly termCount: number;
}

export interface BuildProgress {
  (indexed: number, total: number): void;
}

/** Choices a build configuration may make; leaving one out gives the default, and the manifest records only what was chosen. */
export interface BuildOptions {
  readonly onProgress?: BuildProgress;
  /** Display fields kept in the catalog; the others are written as null (id and title are always kept). */
  readonly storedFields?: readonly StorableField[];
  /** Field boosts the worker ranks with instead of its defaults (src/search/ranking.ts). */
  readonly boosts?: Readonly<Partial<Record<IndexField, number>>>;
}

const encoder = new TextEncoder();

function buildCatalog(articles: readonly Article[], stored: ReadonlySet<StorableField>): Catalog {
  const column = <T>(field: StorableField, read: (article: Article) => T, absent: T): T[] =>
    articles.map((article) => (stored.has(field) ? read(article) : absent));
  return {
    ids: articles.map((article) => article.id),
    titles: articles.map((article) => article.title),
    urls: column('url', (article) => article.url ?? null, null),
    dates: column('date', (article) => article.date ?? null, null),
    categories: column('category', (article) => article.category ?? null, null),
    sources: column('source', (article) => article.source ?? null, null),
    tags: column('tags', (article) => article.tags ?? [], []),
  };
}

/** A canonical serialisation of the articles: same content, same hash, whatever the key order in the files. */
function canonicalContent(articles: readonly Article[]): string {
  return JSON.stringify(
    articles.map((a) => [a.id, a.title, a.body, a.url ?? null, a.date ?? null, a.category ?? null, a.source ?? null, a.tags ?? []]),
  );
}

function indexArticles(articles: readonly Article[], options: BuildOptions): CompactMiniSearch<IndexedDocument> {
  const { onProgress } = options;
  const index = new CompactMiniSearch<IndexedDocument>(createIndexOptions());
  articles.forEach((article, ordinal) => {
    index.add({ ordinal, title: article.title, body: article.body });
    if (onProgress && (ordinal % 250 === 249 || ordinal === articles.length - 1)) onProgress(ordinal + 1, articles.length);
  });
  return index;
}

/** Boosts with their keys in a fixed order, so the manifest does not depend on how the configuration was written. */
function sortedBoosts(boosts: Readonly<Partial<Record<IndexField, number>>>): Partial<Record<IndexField, number>> {
  return Object.fromEntries(Object.entries(boosts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Builds every artefact the worker needs from articles in their final order.
 * The same articles always give byte-identical files: there is no timestamp,
 * and every collection is written in article order.
 */
export async function buildIndex(articles: readonly Article[], options: BuildOptions = {}): Promise<BuiltIndex> {
  const index = indexArticles(articles, options);
  const files = new Map<string, string | Uint8Array>();
  const compact = index.toCompact();
  files.set(SEARCH_INDEX_FILE, JSON.stringify(compact.state));
  files.set(TERM_TREE_FILE, compact.tree);
  files.set(POSTINGS_FILE, compact.postings);
  files.set(CATALOG_FILE, JSON.stringify(buildCatalog(articles, new Set(options.storedFields ?? DEFAULT_STORED_FIELDS))));
  files.set(DISPLAY_FORMS_FILE, JSON.stringify(collectDisplayForms(articles)));
  const shardSize = bodyShardSizeFor(articles.length);
  for (let shard = 0; shard * shardSize < articles.length; shard++) {
    const bodies = articles.slice(shard * shardSize, (shard + 1) * shardSize).map((a) => a.body);
    files.set(bodyShardFile(shard), JSON.stringify(bodies));
  }

  const descriptions: Record<string, ArtefactDescription> = {};
  for (const [name, contents] of files) {
    // Encoded once: the size and the hash are of the same bytes (and encoding 30 MB twice costs a second).
    const bytes = typeof contents === 'string' ? encoder.encode(contents) : contents;
    descriptions[name] = { bytes: bytes.length, sha256: await sha256Hex(bytes) };
  }
  const manifest: Manifest = {
    formatVersion: FORMAT_VERSION,
    analyzerVersion: ANALYZER_VERSION,
    documentCount: articles.length,
    contentHash: await sha256Hex(canonicalContent(articles)),
    bodyShardSize: shardSize,
    ...(options.storedFields ? { storedFields: [...options.storedFields] } : {}),
    ...(options.boosts ? { boosts: sortedBoosts(options.boosts) } : {}),
    files: descriptions,
  };
  files.set(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
  return { files, manifest, termCount: index.termCount };
}
