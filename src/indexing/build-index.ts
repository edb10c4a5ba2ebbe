// Index build: validated articles → the artefacts of index-data/ (pure: no file system, deterministic).

import type { Article } from '../content/article';
import {
  BODY_SHARD_SIZE,
  CATALOG_FILE,
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
import { createIndexOptions, type IndexedDocument } from '../index-format/search-options';
import { ANALYZER_VERSION, FORMAT_VERSION } from '../index-format/versions';
import { sha256Hex, utf8Length } from './sha256';

/** The build's output: file name → contents, the manifest among them. */
export interface BuiltIndex {
  readonly files: ReadonlyMap<string, string | Uint8Array>;
  readonly manifest: Manifest;
  readonly termCount: number;
}

export interface BuildProgress {
  (indexed: number, total: number): void;
}

function buildCatalog(articles: readonly Article[]): Catalog {
  return {
    ids: articles.map((article) => article.id),
    titles: articles.map((article) => article.title),
    urls: articles.map((article) => article.url ?? null),
    dates: articles.map((article) => article.date ?? null),
    categories: articles.map((article) => article.category ?? null),
    sources: articles.map((article) => article.source ?? null),
    tags: articles.map((article) => article.tags ?? []),
  };
}

/** A canonical serialisation of the articles: same content, same hash, whatever the key order in the files. */
function canonicalContent(articles: readonly Article[]): string {
  return JSON.stringify(
    articles.map((a) => [a.id, a.title, a.body, a.url ?? null, a.date ?? null, a.category ?? null, a.source ?? null, a.tags ?? []]),
  );
}

function indexArticles(articles: readonly Article[], onProgress?: BuildProgress): CompactMiniSearch<IndexedDocument> {
  const index = new CompactMiniSearch<IndexedDocument>(createIndexOptions());
  articles.forEach((article, ordinal) => {
    index.add({ ordinal, title: article.title, body: article.body });
    if (onProgress && (ordinal % 250 === 249 || ordinal === articles.length - 1)) onProgress(ordinal + 1, articles.length);
  });
  return index;
}

/**
 * Builds every artefact the worker needs from articles in their final order.
 * The same articles always give byte-identical files: there is no timestamp,
 * and every collection is written in article order.
 */
export async function buildIndex(articles: readonly Article[], onProgress?: BuildProgress): Promise<BuiltIndex> {
  const index = indexArticles(articles, onProgress);
  const files = new Map<string, string | Uint8Array>();
  const compact = index.toCompact();
  files.set(SEARCH_INDEX_FILE, JSON.stringify(compact.state));
  files.set(TERM_TREE_FILE, compact.tree);
  files.set(POSTINGS_FILE, compact.postings);
  files.set(CATALOG_FILE, JSON.stringify(buildCatalog(articles)));
  for (let shard = 0; shard * BODY_SHARD_SIZE < articles.length; shard++) {
    const bodies = articles.slice(shard * BODY_SHARD_SIZE, (shard + 1) * BODY_SHARD_SIZE).map((a) => a.body);
    files.set(bodyShardFile(shard), JSON.stringify(bodies));
  }

  const descriptions: Record<string, ArtefactDescription> = {};
  for (const [name, contents] of files) {
    descriptions[name] = { bytes: typeof contents === 'string' ? utf8Length(contents) : contents.length, sha256: await sha256Hex(contents) };
  }
  const manifest: Manifest = {
    formatVersion: FORMAT_VERSION,
    analyzerVersion: ANALYZER_VERSION,
    documentCount: articles.length,
    contentHash: await sha256Hex(canonicalContent(articles)),
    bodyShardSize: BODY_SHARD_SIZE,
    files: descriptions,
  };
  files.set(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
  return { files, manifest, termCount: index.termCount };
}
