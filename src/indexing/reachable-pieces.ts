// Reachable pieces: every piece a manifest leads to, so a build keeps exactly those and an old index can be checked whole.

import type { Manifest, SegmentRoot } from '../index-format/artefacts';
import { documentPiecesOf, type PieceLoader } from './merge-segments';

/** The pieces of one segment root, the root itself included. */
async function piecesOfSegment(rootName: string, load: PieceLoader): Promise<string[]> {
  const root = await load.json<SegmentRoot>(rootName);
  const documents = await documentPiecesOf(root, load);
  return [rootName, ...root.blocks.pieces, ...root.lexicon.pieces, ...root.documentDirectory, ...documents, root.columns, ...root.idBuckets];
}

/** Every piece the manifest leads to, sorted. */
export async function reachablePieces(manifest: Manifest, load: PieceLoader): Promise<string[]> {
  const names = new Set<string>();
  for (const segment of manifest.segments) {
    for (const name of await piecesOfSegment(segment.root, load)) names.add(name);
    if (segment.deleted !== null) names.add(segment.deleted);
  }
  return [...names].sort();
}
