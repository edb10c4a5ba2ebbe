// Loader: artefacts → a ready search engine, refusing missing, mismatched or corrupt indexes.

import {
  CATALOG_FILE,
  DISPLAY_FORMS_FILE,
  MANIFEST_FILE,
  POSTINGS_FILE,
  SEARCH_INDEX_FILE,
  TERM_TREE_FILE,
  bodyShardFile,
  type BodyShard,
  type Catalog,
  type DisplayForms,
  type Manifest,
} from '../index-format/artefacts';
import { CompactMiniSearch, type CompactIndex, type CompactIndexState } from '../index-format/compact-search-index';
import { createIndexOptions, type IndexedDocument } from '../index-format/search-options';
import { ANALYZER_VERSION, FORMAT_VERSION } from '../index-format/versions';
import { sha256Hex } from '../indexing/sha256';
import type { ArtefactReader } from './artefact-reader';
import { checkDocumentCounts, checkManifestShape } from './check-artefacts';
import { IndexUnavailableError, REBUILD_ADVICE as REBUILD } from './index-unavailable-error';
import { KeptValues } from './kept-values';

/** A loaded index: the term index, the display catalog, and body text on demand. */
export interface Engine {
  readonly manifest: Manifest;
  readonly index: CompactMiniSearch<IndexedDocument>;
  readonly catalog: Catalog;
  /** The body of one article, loading its shard on first use. */
  body(ordinal: number): Promise<string>;
  /** The bodies of several articles (one request's page), each shard read at most once for the call. */
  bodies(ordinals: readonly number[]): Promise<string[]>;
  /** Readable spellings of index terms, loaded on first use (suggestions only). */
  displayForms(): Promise<DisplayForms>;
  /** The problem found since loading (a body shard missing or corrupt), so /health can say why searches fail. */
  failure(): IndexUnavailableError | null;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function parseManifest(bytes: Uint8Array): Manifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoder.decode(bytes));
  } catch {
    throw new IndexUnavailableError('corrupt', `index-data/${MANIFEST_FILE} is not valid JSON. ${REBUILD}`);
  }
  if (typeof parsed !== 'object' || parsed === null) {
    throw new IndexUnavailableError('corrupt', `index-data/${MANIFEST_FILE} is not a JSON object. ${REBUILD}`);
  }
  const manifest = parsed as Partial<Manifest>;
  if (manifest.formatVersion !== FORMAT_VERSION || manifest.analyzerVersion !== ANALYZER_VERSION) {
    throw new IndexUnavailableError(
      'version_mismatch',
      `index-data was built with format version ${String(manifest.formatVersion)} and analyser version ` +
        `${String(manifest.analyzerVersion)}, but this worker reads format ${FORMAT_VERSION} and analyser ${ANALYZER_VERSION}. ${REBUILD}`,
    );
  }
  checkManifestShape(manifest as Manifest, MANIFEST_FILE);
  return manifest as Manifest;
}

/** Reads one artefact and checks it against the manifest's size and hash. */
async function readVerifiedBytes(reader: ArtefactReader, manifest: Manifest, name: string): Promise<Uint8Array> {
  const expected = Object.hasOwn(manifest.files, name) ? manifest.files[name] : undefined;
  const bytes = await reader.read(name);
  if (expected === undefined || bytes === null) {
    throw new IndexUnavailableError('corrupt', `index-data/${name} is missing or not listed in the manifest. ${REBUILD}`);
  }
  if (bytes.length !== expected.bytes || (await sha256Hex(bytes)) !== expected.sha256) {
    throw new IndexUnavailableError('corrupt', `index-data/${name} does not match the manifest (truncated, edited or from another build). ${REBUILD}`);
  }
  return bytes;
}

/** Reads one JSON artefact, checked against the manifest before parsing. */
async function readVerified<T>(reader: ArtefactReader, manifest: Manifest, name: string): Promise<T> {
  const bytes = await readVerifiedBytes(reader, manifest, name);
  try {
    return JSON.parse(decoder.decode(bytes)) as T;
  } catch {
    throw new IndexUnavailableError('corrupt', `index-data/${name} is not valid JSON. ${REBUILD}`);
  }
}

function restoreIndex(compact: CompactIndex): CompactMiniSearch<IndexedDocument> {
  try {
    return CompactMiniSearch.fromCompact(compact, createIndexOptions());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new IndexUnavailableError('corrupt', `index-data/${SEARCH_INDEX_FILE} could not be loaded (${reason}). ${REBUILD}`);
  }
}

/**
 * Loads the index through a reader. Throws IndexUnavailableError, with a
 * message that says how to fix it, when the index is missing, was built by
 * another format or analyser version, or does not match its manifest.
 */
export async function loadEngine(reader: ArtefactReader): Promise<Engine> {
  const manifestBytes = await reader.read(MANIFEST_FILE);
  if (manifestBytes === null) {
    throw new IndexUnavailableError('missing', `No index found: index-data/${MANIFEST_FILE} does not exist. Build one with \`npm run build:index\`.`);
  }
  const manifest = parseManifest(manifestBytes);
  const [state, tree, postings, catalog] = await Promise.all([
    readVerified<CompactIndexState>(reader, manifest, SEARCH_INDEX_FILE),
    readVerifiedBytes(reader, manifest, TERM_TREE_FILE),
    readVerifiedBytes(reader, manifest, POSTINGS_FILE),
    readVerified<Catalog>(reader, manifest, CATALOG_FILE),
  ]);
  const index = restoreIndex({ state, tree, postings });
  checkDocumentCounts(manifest, catalog, index.documentCount);
  const shards = new KeptValues<number, BodyShard>();
  const failures = new Map<number, IndexUnavailableError>();
  const readShard = async (shard: number): Promise<BodyShard> => {
    try {
      const bodies = await shards.get(shard, () => readVerified<BodyShard>(reader, manifest, bodyShardFile(shard)));
      failures.delete(shard);
      return bodies;
    } catch (error) {
      if (error instanceof IndexUnavailableError) failures.set(shard, error);
      throw error;
    }
  };
  const shardOf = (ordinal: number): number => Math.floor(ordinal / manifest.bodyShardSize);
  const bodyIn = (bodies: BodyShard, ordinal: number): string =>
    (Array.isArray(bodies) ? bodies[ordinal - shardOf(ordinal) * manifest.bodyShardSize] : undefined) ?? '';
  const body = async (ordinal: number): Promise<string> => bodyIn(await readShard(shardOf(ordinal)), ordinal);
  const bodies = async (ordinals: readonly number[]): Promise<string[]> => {
    // Within one call (one request) a shard read in flight may be shared: two hits of a page in one shard read it once.
    const reads = new Map<number, Promise<BodyShard>>();
    for (const ordinal of ordinals) {
      const shard = shardOf(ordinal);
      if (!reads.has(shard)) reads.set(shard, readShard(shard));
    }
    return Promise.all(ordinals.map(async (ordinal) => bodyIn(await reads.get(shardOf(ordinal))!, ordinal)));
  };
  const forms = new KeptValues<'forms', DisplayForms>();
  const displayForms = (): Promise<DisplayForms> => forms.get('forms', () => readVerified<DisplayForms>(reader, manifest, DISPLAY_FORMS_FILE));
  return { manifest, index, catalog, body, bodies, displayForms, failure: () => failures.values().next().value ?? null };
}
