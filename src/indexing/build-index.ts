// Index build: validated articles (and, when given, the previous index) → the manifest and pieces of index-data/.

import type { Article } from '../content/article';
import { MANIFEST_FILE, type Manifest, type SegmentEntry, type SegmentRoot } from '../index-format/artefacts';
import { INDEX_FIELDS, type IndexField } from '../index-format/search-options';
import { ANALYZER_VERSION, FORMAT_VERSION } from '../index-format/versions';
import { sha256Hex } from '../text/sha256';
import { type FreshBatch, type SegmentMaker, writeBatchSegment } from './batch-segment';
import { articleHash } from './index-articles';
import { type LiveSegment, liveCount, planMerges } from './merge-policy';
import { mergeSegments, type PieceLoader } from './merge-segments';
import { MemoryPieceWriter, type PieceWriter } from './piece-writer';
import { type KnownArticle, type PreviousIndex, readPreviousIndex } from './previous-index';
import { reachablePieces } from './reachable-pieces';
import { DEFAULT_STORED_FIELDS, type StorableField } from './stored-fields';
import { type WrittenSegment, writeSegment } from './write-segment';

export type { FreshBatch, SegmentMaker } from './batch-segment';

export type { PreviousIndex } from './previous-index';

/** What a build changed, for its summary and for tests. */
export interface BuildChanges {
  readonly mode: 'full' | 'incremental';
  readonly added: number;
  readonly edited: number;
  readonly deleted: number;
  readonly unchanged: number;
  /** Segments written by merging others. */
  readonly merged: number;
}

/** The build's output: the manifest (serialised too) and every piece written, plus what changed. */
export interface BuiltIndex {
  readonly manifest: Manifest;
  readonly manifestText: string;
  readonly changes: BuildChanges;
}

/** Called as articles are indexed, with how many so far (a streamed build does not know the total in advance). */
export type BuildProgress = (indexed: number) => void;

/**
 * An article the content reader recognised, by the hash of its source bytes,
 * as one the previous index holds unchanged. It was not parsed or validated
 * again: it was valid when it was indexed, and its bytes have not changed.
 */
export interface UnchangedArticle {
  readonly unchangedId: string;
  readonly hash: string;
}

/** Articles in their final order: an array, or a stream read once, so a large corpus never sits whole in memory. */
export type ArticleSource = Iterable<Article | UnchangedArticle> | AsyncIterable<Article | UnchangedArticle>;

/** The id of the previous index's live article with this content hash, if there is one. */
export type RecogniseHash = (hash: string) => string | undefined;

/** True for an article the content reader recognised as unchanged (not parsed again). */
export const isUnchanged = <T extends object>(item: T | UnchangedArticle): item is UnchangedArticle => 'unchangedId' in item;

/** Choices a build configuration may make; leaving one out gives the default, and the manifest records only what was chosen. */
export interface BuildOptions {
  readonly onProgress?: BuildProgress;
  /** Display fields kept with each document; the others are written as null (id and title are always kept). */
  readonly storedFields?: readonly StorableField[];
  /** Field boosts the worker ranks with instead of its defaults (src/search/ranking.ts). */
  readonly boosts?: Readonly<Partial<Record<IndexField, number>>>;
  /** The index to build on: unchanged articles are reused, the rest added to a new segment. */
  readonly previous?: PreviousIndex;
  /** Articles analysed together into one segment before merging (bounds the build's memory). */
  readonly batchSize?: number;
  /** Called as a merge of this many segments starts: a full build of 1M articles merges 50 at once, for minutes. */
  readonly onMerging?: (segments: number) => void;
  /** Makes batches' segments elsewhere, several at once (scripts/build/batch-threads.ts); by default each is made in turn, in this thread. */
  readonly segmentMaker?: SegmentMaker;
}

/** Articles analysed in one batch: 20,000 news articles are built under a 700 MB heap. Changing it can change a word's display form (a merge keeps the spelling of the first batch that shows the word otherwise than the term). */
export const DEFAULT_BATCH_SIZE = 20_000;

/** The content hash of a corpus from its articles' content hashes, in order (hashing the whole text again cost as much as the rest of an unchanged build). */
const contentHashOfHashes = (hashes: readonly string[]): Promise<string> => sha256Hex(hashes.join(','));

/** What the manifest says of the content it was built from: how many articles, and their content hash. */
export interface ContentSummary {
  readonly documentCount: number;
  readonly contentHash: string;
}

/** The manifest's content fields for these articles, read once as a stream. */
export async function summarizeContent(articles: ArticleSource): Promise<ContentSummary> {
  const hashes: string[] = [];
  for await (const article of articles) hashes.push(isUnchanged(article) ? article.hash : await articleHash(article));
  return { documentCount: hashes.length, contentHash: await contentHashOfHashes(hashes) };
}

/** Boosts with their keys in a fixed order, so the manifest does not depend on how the configuration was written. */
function sortedBoosts(boosts: Readonly<Partial<Record<IndexField, number>>>): Partial<Record<IndexField, number>> {
  return Object.fromEntries(Object.entries(boosts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Collects fresh articles and hands each full batch to the segment maker, so a build holds at most a few batches of text. */
class BatchWriter {
  private articles: Article[] = [];
  private hashes: string[] = [];
  /** Segments of the batches handed on so far, in batch order; the first `settled` of them have finished. */
  private readonly segments: Promise<LiveSegment>[] = [];
  private settled = 0;
  /** Articles analysed so far in each batch, summed for the progress line. */
  private readonly indexedBy: number[] = [];
  private indexed = 0;

  constructor(
    private readonly stored: ReadonlySet<StorableField>,
    private readonly options: BuildOptions,
    private readonly pieces: PieceWriter,
  ) {}

  async add(article: Article, hash: string): Promise<void> {
    this.articles.push(article);
    this.hashes.push(hash);
    if (this.articles.length >= (this.options.batchSize ?? DEFAULT_BATCH_SIZE)) await this.flush(false);
  }

  /**
   * Hands what is collected on as one batch. The maker takes only a build's
   * second batch onward, or its first once another follows: a build of one
   * batch (every incremental build of fewer changes than a batch) never
   * starts a thread.
   */
  async flush(last: boolean): Promise<void> {
    if (this.articles.length === 0) return;
    const batch: FreshBatch = { articles: this.articles, hashes: this.hashes, stored: [...this.stored] };
    this.articles = [];
    this.hashes = [];
    const number = this.segments.length;
    this.indexedBy.push(0);
    const onProgress = (done: number): void => {
      this.indexed += done - this.indexedBy[number]!;
      this.indexedBy[number] = done;
      this.options.onProgress?.(this.indexed);
    };
    const maker = this.options.segmentMaker;
    const inThisThread = maker === undefined || (last && number === 0);
    const segment = (inThisThread ? writeBatchSegment(batch, this.pieces, onProgress) : maker.make(batch, onProgress)).then(asLive);
    // Awaited in order below or in `finish`; until then a failure must not count as unhandled.
    segment.catch(() => undefined);
    this.segments.push(segment);
    const concurrency = inThisThread ? 1 : Math.max(1, maker.concurrency);
    while (this.segments.length - this.settled >= concurrency) await this.segments[this.settled++];
  }

  /** Every batch's segment, in batch order, once the last batch is handed on. */
  async finish(): Promise<LiveSegment[]> {
    await this.flush(true);
    const segments = await Promise.all(this.segments);
    await this.options.segmentMaker?.close?.();
    return segments;
  }
}

/** A segment just written: nothing in it is deleted yet. */
function asLive(segment: WrittenSegment): LiveSegment {
  const none: readonly number[] = [];
  return { root: segment.root, documents: segment.documents, deleted: new Set(), totals: segment.fieldLengthTotals, lengthsOf: () => none };
}

/** Pieces the build wrote, then those of the previous index. */
export function loaderOf(pieces: PieceWriter, previous: PreviousIndex | undefined): PieceLoader {
  if (previous === undefined) return pieces;
  const written = async <T>(read: () => Promise<T>, fallback: () => Promise<T>): Promise<T> => {
    try {
      return await read();
    } catch {
      return fallback();
    }
  };
  return {
    bytes: (name) =>
      written(
        () => pieces.bytes(name),
        () => previous.load.bytes(name),
      ),
    json: <T>(name: string) =>
      written(
        () => pieces.json<T>(name),
        () => previous.load.json<T>(name),
      ),
  };
}

/** One segment holding the live documents of `members`, in order; none when they hold none. */
async function mergeGroup(
  members: readonly LiveSegment[],
  pieces: PieceWriter,
  load: PieceLoader,
  onMerging: BuildOptions['onMerging'],
): Promise<LiveSegment[]> {
  onMerging?.(members.length);
  const inputs = await Promise.all(members.map(async (segment) => ({ root: await load.json<SegmentRoot>(segment.root), deleted: segment.deleted })));
  const live = members.reduce((sum, segment) => sum + liveCount(segment), 0);
  return live === 0 ? [] : [asLive(await writeSegment(mergeSegments(inputs, INDEX_FIELDS.length, load), pieces))];
}

/** Merges what the policy picks until it picks nothing; a merged segment stands where its first input stood. */
async function applyMerges(
  segments: LiveSegment[],
  pieces: PieceWriter,
  load: PieceLoader,
  onMerging: BuildOptions['onMerging'],
): Promise<{ segments: LiveSegment[]; merged: number }> {
  let merged = 0;
  for (let group = planMerges(segments); group !== null; group = planMerges(segments)) {
    const replacement = await mergeGroup(
      group.map((index) => segments[index]!),
      pieces,
      load,
      onMerging,
    );
    const first = group[0];
    segments = segments.flatMap((segment, index) => (index === first ? replacement : group.includes(index) ? [] : [segment]));
    merged++;
  }
  return { segments, merged };
}

/** Looks up the previous index's live articles by content hash (built on first use: a full build never asks). */
function recogniserOf(byId: ReadonlyMap<string, KnownArticle>): RecogniseHash {
  let byHash: Map<string, string> | undefined;
  return (hash) => {
    if (byHash === undefined) {
      // Filled in a loop: made from a spread of a million entries, the map took twice as long.
      byHash = new Map();
      for (const [id, known] of byId) byHash.set(known.hash, id);
    }
    return byHash.get(hash);
  };
}

/**
 * Reads the articles once: unchanged ones are counted, edited and deleted
 * ones marked deleted in their segments, and new and edited ones handed to
 * `fresh`. Returns the counts and every article's content hash, in order.
 */
async function readChanges(
  articles: ArticleSource,
  segments: readonly LiveSegment[],
  byId: ReadonlyMap<string, KnownArticle>,
  fresh: BatchWriter,
): Promise<{ hashes: string[]; counts: Omit<BuildChanges, 'mode' | 'merged'> }> {
  const hashes: string[] = [];
  let unchanged = 0;
  let edited = 0;
  let added = 0;
  for await (const article of articles) {
    if (isUnchanged(article)) {
      const known = byId.get(article.unchangedId);
      if (known?.hash !== article.hash)
        throw new Error(`readChanges: ${article.unchangedId} was recognised, but the previous index does not hold it unchanged`);
      hashes.push(article.hash);
      known.seen = true;
      unchanged++;
      continue;
    }
    const hash = await articleHash(article);
    hashes.push(hash);
    const known = byId.get(article.id);
    if (known !== undefined) known.seen = true;
    if (known !== undefined && known.hash === hash) {
      unchanged++;
      continue;
    }
    if (known !== undefined) {
      segments[known.segment]!.deleted.add(known.local);
      edited++;
    } else added++;
    await fresh.add(article, hash);
  }
  let deleted = 0;
  for (const known of byId.values()) {
    if (known.seen) continue;
    segments[known.segment]!.deleted.add(known.local);
    deleted++;
  }
  return { hashes, counts: { added, edited, deleted, unchanged } };
}

/**
 * The content hashes of a previous index's live articles → their ids: how a
 * staleness check recognises unchanged lines without parsing them, as an
 * incremental build does.
 */
export async function recogniserFor(previous: PreviousIndex): Promise<RecogniseHash> {
  return recogniserOf((await readPreviousIndex(previous)).byId);
}

/**
 * Builds the index of `articles` (in their final order, read once) through
 * `pieces`, holding at most one batch of their text at a time.
 * With a previous index, articles whose id and content are unchanged stay
 * where they are, edited and deleted ones are marked deleted in their
 * segments, new and edited ones go into new segments, segments are merged as
 * the policy says, and corpus statistics are recomputed. The same inputs
 * always give byte-identical pieces: there is no timestamp.
 */
export async function buildIndex(
  articles: ArticleSource | ((recognise: RecogniseHash) => ArticleSource),
  options: BuildOptions = {},
  pieces: PieceWriter = new MemoryPieceWriter(),
): Promise<BuiltIndex> {
  const stored = new Set(options.storedFields ?? DEFAULT_STORED_FIELDS);
  const previous = options.previous === undefined ? null : await readPreviousIndex(options.previous);
  const existing = previous?.segments ?? [];
  const byId = previous?.byId ?? new Map<string, KnownArticle>();
  const batches = new BatchWriter(stored, options, pieces);
  const source = typeof articles === 'function' ? articles(recogniserOf(byId)) : articles;
  const { hashes, counts } = await readChanges(source, existing, byId, batches);
  let written = await batches.finish();
  const load = loaderOf(pieces, options.previous);
  // A full build ends as one segment: a cold query then reads each term's block once, not once per batch.
  if (previous === null && written.length > 1) written = await mergeGroup(written, pieces, load, options.onMerging);
  const { segments, merged } = await applyMerges([...existing, ...written], pieces, load, options.onMerging);
  const manifest = await finishManifest(hashes, segments, options, pieces);
  const changes: BuildChanges = { mode: previous === null ? 'full' : 'incremental', ...counts, merged };
  return { manifest, manifestText: `${JSON.stringify(manifest, null, 2)}\n`, changes };
}

/** The manifest of the final segments: deletion lists written, statistics summed over live documents. */
async function finishManifest(
  hashes: readonly string[],
  segments: readonly LiveSegment[],
  options: BuildOptions,
  pieces: PieceWriter,
): Promise<Manifest> {
  const totals = new Array<number>(INDEX_FIELDS.length).fill(0);
  const entries: SegmentEntry[] = [];
  for (const segment of segments) {
    segment.totals.forEach((total, field) => (totals[field]! += total));
    for (const local of segment.deleted) segment.lengthsOf(local).forEach((length, field) => (totals[field]! -= length));
    const deletedList = [...segment.deleted].sort((a, b) => a - b);
    const deletion = deletedList.length === 0 ? null : await pieces.add(JSON.stringify(deletedList), 'json');
    entries.push({ root: segment.root, documents: segment.documents, deleted: deletion });
  }
  return {
    formatVersion: FORMAT_VERSION,
    analyzerVersion: ANALYZER_VERSION,
    documentCount: hashes.length,
    contentHash: await contentHashOfHashes(hashes),
    fields: [...INDEX_FIELDS],
    fieldLengthTotals: totals,
    ...(options.storedFields ? { storedFields: [...options.storedFields] } : {}),
    ...(options.boosts ? { boosts: sortedBoosts(options.boosts) } : {}),
    segments: entries,
  };
}

/** A build held in memory: the manifest and exactly the pieces it leads to, by file name. */
export interface BuiltFiles extends BuiltIndex {
  readonly files: ReadonlyMap<string, string | Uint8Array>;
}

/** Builds into memory and keeps only the files the manifest reaches (for tests, evaluation and benchmarks). */
export async function buildIndexFiles(
  articles: ArticleSource,
  options: BuildOptions = {},
  pieces: MemoryPieceWriter = new MemoryPieceWriter(),
): Promise<BuiltFiles> {
  const built = await buildIndex(articles, options, pieces);
  const loader = loaderOf(pieces, options.previous);
  const files = new Map<string, string | Uint8Array>([[MANIFEST_FILE, built.manifestText]]);
  for (const name of await reachablePieces(built.manifest, loader)) files.set(name, await loader.bytes(name));
  return { ...built, files };
}
