// Consistency checks of the manifest and segment roots: a hash-valid index that disagrees with itself is refused too.

import { isPieceName, type Manifest, type SegmentEntry, type SegmentRoot } from '../index-format/artefacts';
import { IndexUnavailableError, REBUILD_ADVICE as REBUILD } from './index-unavailable-error';

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isPiece = (value: unknown): value is string => typeof value === 'string' && isPieceName(value);
const isPieceList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isPiece);
/**
 * A list of names checked for shape only. A root lists thousands of term
 * blocks (5,624 at a million articles), and testing each name at load took
 * 2.5 ms of a cold start; the piece store refuses a malformed name before it
 * reads it, so only the names a query uses are tested.
 */
const isNameList = (value: unknown): value is string[] => Array.isArray(value) && value.every((name) => typeof name === 'string');

function isSegmentEntry(value: unknown): value is SegmentEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { root, documents, deleted } = value as Partial<SegmentEntry>;
  return isPiece(root) && isCount(documents) && (deleted === null || isPiece(deleted));
}

/**
 * Checks the manifest's shape after its versions matched: counts are whole
 * numbers, statistics cover every field, and every segment names its root
 * piece, so a broken manifest is caught at load rather than on a search.
 */
export function checkManifestShape(manifest: Manifest, manifestFile: string): void {
  const problem = (what: string): IndexUnavailableError => new IndexUnavailableError('corrupt', `index-data/${manifestFile} ${what}. ${REBUILD}`);
  if (!isCount(manifest.documentCount)) throw problem('has no valid documentCount');
  if (!Array.isArray(manifest.fields) || !manifest.fields.every((field) => typeof field === 'string')) throw problem('lacks its list of fields');
  const totals = manifest.fieldLengthTotals;
  if (!Array.isArray(totals) || totals.length !== manifest.fields.length || !totals.every(isCount))
    throw problem('lacks a field length total for every field');
  if (!Array.isArray(manifest.segments) || !manifest.segments.every(isSegmentEntry))
    throw problem('lists its segments without a valid root, size and deletion list');
  const held = manifest.segments.reduce((sum, segment) => sum + segment.documents, 0);
  if (held < manifest.documentCount) throw problem(`counts ${manifest.documentCount} live documents, but its segments hold only ${held}`);
}

/** Checks that a segment root leads to every piece its documents need. */
export function checkSegmentRoot(root: SegmentRoot, entry: SegmentEntry, rebuild: string): void {
  const problem = (what: string): IndexUnavailableError => new IndexUnavailableError('corrupt', `index-data/${entry.root} ${what}. ${rebuild}`);
  if (typeof root !== 'object' || root === null || root.documents !== entry.documents)
    throw problem(`does not hold the ${entry.documents} documents the manifest lists`);
  const { blocks, lexicon } = root;
  if (!Array.isArray(blocks?.first) || !isNameList(blocks.pieces) || blocks.first.length !== blocks.pieces.length)
    throw problem('lists its term blocks without a piece for each');
  if (!Array.isArray(lexicon?.lengths) || !isPieceList(lexicon.pieces) || lexicon.lengths.length !== lexicon.pieces.length)
    throw problem('lists its lexicon without a piece for each length');
  if (!isCount(root.documentsPerPiece) || root.documentsPerPiece === 0) throw problem('has no valid documentsPerPiece');
  if (!isPieceList(root.documentDirectory) || !isPiece(root.columns) || !isPieceList(root.idBuckets) || root.idBuckets.length === 0) {
    throw problem('lacks its document directory, columns or id buckets');
  }
}
