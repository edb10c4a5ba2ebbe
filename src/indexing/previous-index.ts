// The previous index, as an incremental build sees it: its live segments and, per article id, where it is and its content hash.

import type { IdBucketPiece, Manifest, SegmentRoot } from '../index-format/artefacts';
import type { LiveSegment } from './merge-policy';
import type { PieceLoader } from './merge-segments';

/** An index already on disk: its manifest and a verified reader of its pieces. */
export interface PreviousIndex {
  readonly manifest: Manifest;
  readonly load: PieceLoader;
}

/** Where a live article of the previous index is, and its content hash; `seen` is set once the new content names it. */
export interface KnownArticle {
  readonly segment: number;
  readonly local: number;
  readonly hash: string;
  seen: boolean;
}

/** The previous index's segments (their deletion lists read) and every live article by id. */
export async function readPreviousIndex(previous: PreviousIndex): Promise<{ segments: LiveSegment[]; byId: Map<string, KnownArticle> }> {
  const byId = new Map<string, KnownArticle>();
  const segments: LiveSegment[] = [];
  for (const [segmentIndex, entry] of previous.manifest.segments.entries()) {
    const root = await previous.load.json<SegmentRoot>(entry.root);
    const deleted = new Set(entry.deleted === null ? [] : await previous.load.json<number[]>(entry.deleted));
    const lengths = new Array<readonly number[]>(root.documents);
    for (const name of root.idBuckets) {
      for (const [id, local, hash, fieldLengths] of await previous.load.json<IdBucketPiece>(name)) {
        lengths[local] = fieldLengths;
        if (!deleted.has(local)) byId.set(id, { segment: segmentIndex, local, hash, seen: false });
      }
    }
    const totals = new Array<number>(previous.manifest.fields.length).fill(0);
    for (const fieldLengths of lengths) fieldLengths?.forEach((length, field) => (totals[field]! += length));
    segments.push({ root: entry.root, documents: entry.documents, deleted, totals, lengthsOf: (local) => lengths[local] ?? [] });
  }
  return { segments, byId };
}
