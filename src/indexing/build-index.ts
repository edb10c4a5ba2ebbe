// Index build: validated articles → the artefacts of index-data/ (pure: no file system, deterministic).

import MiniSearch from 'minisearch';
import type { Article } from '../content/article';
import {
  BODY_SHARD_SIZE,
  CATALOG_FILE,
  DISPLAY_FORMS_FILE,
  MANIFEST_FILE,
  SEARCH_INDEX_FILE,
  bodyShardFile,
  type ArtefactDescription,
  type Catalog,
  type Manifest,
} from '../index-format/artefacts';
import { createIndexOptions, type IndexedDocument } from '../index-format/search-options';
import { ANALYZER_VERSION, FORMAT_VERSION } from '../index-format/versions';
import { collectDisplayForms } from './display-forms';
import { sha256Hex, utf8Length } from './sha256';

/** The build's output: file name → contents, the manifest among them. */
export interface BuiltIndex {
  readonly files: ReadonlyMap<string, string>;
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

function indexArticles(articles: readonly Article[], onProgress?: BuildProgress): MiniSearch<IndexedDocument> {
  const index = new MiniSearch<IndexedDocument>(createIndexOptions());
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
  const files = new Map<string, string>();
  files.set(SEARCH_INDEX_FILE, JSON.stringify(index));
  files.set(CATALOG_FILE, JSON.stringify(buildCatalog(articles)));
  files.set(DISPLAY_FORMS_FILE, JSON.stringify(collectDisplayForms(articles)));
  for (let shard = 0; shard * BODY_SHARD_SIZE < articles.length; shard++) {
    const bodies = articles.slice(shard * BODY_SHARD_SIZE, (shard + 1) * BODY_SHARD_SIZE).map((a) => a.body);
    files.set(bodyShardFile(shard), JSON.stringify(bodies));
  }

  const descriptions: Record<string, ArtefactDescription> = {};
  for (const [name, contents] of files) {
    descriptions[name] = { bytes: utf8Length(contents), sha256: await sha256Hex(contents) };
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
