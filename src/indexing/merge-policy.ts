// Merge policy: which segments to merge, size-tiered as Lucene does, so a growing index keeps few segments and reclaims deletions.

/** A segment of the index being built: its root, its size, and which of its documents are deleted. */
export interface LiveSegment {
  readonly root: string;
  readonly documents: number;
  readonly deleted: Set<number>;
  /** Field length sums over all its documents, deleted ones included. */
  readonly totals: readonly number[];
  /** One document's field lengths, to subtract a deleted document from the statistics. */
  readonly lengthsOf: (local: number) => readonly number[];
}

/**
 * Segments of one size tier merged together once this many exist. A query
 * reads each segment's dictionary, so few segments keep queries cheap; a
 * larger factor would merge less often but leave more segments to read.
 */
export const MERGE_FACTOR = 4;

/** A segment more than this share deleted is rewritten, so deleted documents stop costing reads. */
export const MAX_DELETED_SHARE = 0.5;

/** Live documents of a segment. */
export const liveCount = (segment: LiveSegment): number => segment.documents - segment.deleted.size;

/** The size tier of a segment: tier t holds MERGE_FACTOR^t to MERGE_FACTOR^(t+1) − 1 live documents. */
function tierOf(segment: LiveSegment): number {
  return Math.floor(Math.log(Math.max(1, liveCount(segment))) / Math.log(MERGE_FACTOR));
}

/**
 * The positions of the segments to merge next, or null when none need it:
 * a segment mostly deleted, or the first MERGE_FACTOR segments of the
 * smallest tier that has that many (each merge lifts them a tier).
 */
export function planMerges(segments: readonly LiveSegment[]): number[] | null {
  const wasted = segments.findIndex((segment) => segment.deleted.size > 0 && segment.deleted.size > MAX_DELETED_SHARE * segment.documents);
  if (wasted >= 0) return [wasted];
  const byTier = new Map<number, number[]>();
  segments.forEach((segment, index) => {
    const tier = tierOf(segment);
    byTier.set(tier, [...(byTier.get(tier) ?? []), index]);
  });
  const tiers = [...byTier.keys()].sort((a, b) => a - b);
  for (const tier of tiers) {
    const members = byTier.get(tier)!;
    if (members.length >= MERGE_FACTOR) return members.slice(0, MERGE_FACTOR);
  }
  return null;
}
