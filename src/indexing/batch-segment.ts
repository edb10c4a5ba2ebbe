// One batch of fresh articles → one segment: what a build does with each batch, in its own thread or another.

import type { Article } from '../content/article';
import { indexArticles, rememberSourceHash } from './index-articles';
import type { PieceWriter } from './piece-writer';
import type { StorableField } from './stored-fields';
import { type WrittenSegment, writeSegment } from './write-segment';

/** Articles analysed together, with the content hash the build compared for each (a line's hash is not the text's, so it travels with it). */
export interface FreshBatch {
  readonly articles: readonly Article[];
  readonly hashes: readonly string[];
  /** The display fields the build keeps, so a thread needs nothing but the batch. */
  readonly stored: readonly StorableField[];
}

/** Called as a batch's articles are analysed, with how many of this batch so far. */
export type BatchProgress = (indexed: number) => void;

/**
 * Makes the segments of a build's batches. `concurrency` batches may be in
 * hand at once; the build still lists the segments in batch order, so the
 * index does not depend on which batch finished first.
 */
export interface SegmentMaker {
  readonly concurrency: number;
  make(batch: FreshBatch, onProgress: BatchProgress): Promise<WrittenSegment>;
  /** Called once every batch's segment is in, before the build merges them: threads stop, and their memory is free for the merge. */
  close?(): Promise<void>;
}

/** Analyses and inverts a batch and writes it as one segment through `pieces`. */
export async function writeBatchSegment(batch: FreshBatch, pieces: PieceWriter, onProgress?: BatchProgress): Promise<WrittenSegment> {
  batch.articles.forEach((article, index) => rememberSourceHash(article, batch.hashes[index]!));
  const inverted = await indexArticles(batch.articles, new Set(batch.stored), onProgress);
  const source = { documentCount: batch.articles.length, fieldCount: inverted.fieldCount, documents: inverted.documents, terms: inverted.terms };
  return writeSegment(source, pieces);
}
