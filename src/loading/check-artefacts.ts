// Consistency checks between the manifest and what it describes: a hash-valid index that disagrees with itself is refused too.

import { bodyShardFile, type Catalog, type Manifest } from '../index-format/artefacts';
import { IndexUnavailableError, REBUILD_ADVICE as REBUILD } from './index-unavailable-error';

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function isFileDescription(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { bytes, sha256 } = value as { bytes?: unknown; sha256?: unknown };
  return isCount(bytes) && typeof sha256 === 'string' && /^[0-9a-f]{64}$/.test(sha256);
}

/**
 * Checks the manifest's shape after its versions matched: counts are whole
 * numbers, every file entry has a size and a hash, and every body shard the
 * document count implies is listed, so a missing shard is caught at load
 * rather than on the search that needs it.
 */
export function checkManifestShape(manifest: Manifest, manifestFile: string): void {
  const problem = (what: string): IndexUnavailableError =>
    new IndexUnavailableError('corrupt', `index-data/${manifestFile} ${what}. ${REBUILD}`);
  if (!isCount(manifest.documentCount) || !isCount(manifest.bodyShardSize) || manifest.bodyShardSize === 0) {
    throw problem('has no valid documentCount or bodyShardSize');
  }
  if (typeof manifest.files !== 'object' || manifest.files === null || Array.isArray(manifest.files)) throw problem('lacks its files table');
  for (const [name, description] of Object.entries(manifest.files)) {
    if (!isFileDescription(description)) throw problem(`describes ${name} without a valid size and sha256`);
  }
  const shards = Math.ceil(manifest.documentCount / manifest.bodyShardSize);
  for (let shard = 0; shard < shards; shard++) {
    if (!Object.hasOwn(manifest.files, bodyShardFile(shard))) throw problem(`does not list ${bodyShardFile(shard)}, which its ${manifest.documentCount} documents need`);
  }
}

/** Checks that the catalog and the term index hold exactly the manifest's documents. */
export function checkDocumentCounts(manifest: Manifest, catalog: Catalog, indexedDocuments: number): void {
  const columns = [catalog.ids, catalog.titles, catalog.urls, catalog.dates, catalog.categories, catalog.sources, catalog.tags];
  const aligned = columns.every((column) => Array.isArray(column) && column.length === manifest.documentCount);
  if (!aligned || indexedDocuments !== manifest.documentCount) {
    throw new IndexUnavailableError(
      'corrupt',
      `index-data disagrees with itself: the manifest lists ${manifest.documentCount} documents, the search index holds ${indexedDocuments} ` +
        `and the catalog columns are ${aligned ? 'aligned' : 'not aligned with it'}. ${REBUILD}`,
    );
  }
}
