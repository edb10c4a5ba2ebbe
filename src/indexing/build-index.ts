// Index build: validated articles → the manifest and pieces of index-data/ (pure: no file system, deterministic).

import type { Article } from '../content/article';
import { MANIFEST_FILE, type Manifest } from '../index-format/artefacts';
import { INDEX_FIELDS, type IndexField } from '../index-format/search-options';
import { ANALYZER_VERSION, FORMAT_VERSION } from '../index-format/versions';
import { PieceWriter } from './piece-writer';
import { sha256Hex } from '../text/sha256';
import { DEFAULT_STORED_FIELDS, type StorableField } from './stored-fields';
import { writeSegment } from './write-segment';

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
  /** Display fields kept with each document; the others are written as null (id and title are always kept). */
  readonly storedFields?: readonly StorableField[];
  /** Field boosts the worker ranks with instead of its defaults (src/search/ranking.ts). */
  readonly boosts?: Readonly<Partial<Record<IndexField, number>>>;
}

/** A canonical serialisation of one article: same content, same hash, whatever the key order in the files. */
export function canonicalArticle(a: Article): string {
  return JSON.stringify([a.id, a.title, a.body, a.url ?? null, a.date ?? null, a.category ?? null, a.source ?? null, a.tags ?? []]);
}

/** The content hash of a corpus: of its articles' canonical forms, in order. */
async function contentHashOf(articles: readonly Article[]): Promise<string> {
  return sha256Hex(`[${articles.map(canonicalArticle).join(',')}]`);
}

/** Boosts with their keys in a fixed order, so the manifest does not depend on how the configuration was written. */
function sortedBoosts(boosts: Readonly<Partial<Record<IndexField, number>>>): Partial<Record<IndexField, number>> {
  return Object.fromEntries(Object.entries(boosts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Builds every file the worker needs from articles in their final order: one
 * segment of content-addressed pieces and the manifest naming it. The same
 * articles always give byte-identical files: there is no timestamp, and
 * every collection is written in article order.
 */
export async function buildIndex(articles: readonly Article[], options: BuildOptions = {}): Promise<BuiltIndex> {
  const pieces = new PieceWriter();
  const stored = new Set(options.storedFields ?? DEFAULT_STORED_FIELDS);
  const segment = await writeSegment(articles, stored, pieces, options.onProgress);
  const manifest: Manifest = {
    formatVersion: FORMAT_VERSION,
    analyzerVersion: ANALYZER_VERSION,
    documentCount: articles.length,
    contentHash: await contentHashOf(articles),
    fields: [...INDEX_FIELDS],
    fieldLengthTotals: segment.fieldLengthTotals,
    ...(options.storedFields ? { storedFields: [...options.storedFields] } : {}),
    ...(options.boosts ? { boosts: sortedBoosts(options.boosts) } : {}),
    segments: [{ root: segment.root, documents: segment.documents, deleted: null }],
  };
  const files = new Map(pieces.files);
  files.set(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
  return { files, manifest, termCount: segment.termCount };
}
