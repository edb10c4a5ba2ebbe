// The files the build writes into index-data/ and the worker reads: a small manifest, then immutable content-addressed pieces.

/** The one file with a fixed name: read first, it names everything else. */
export const MANIFEST_FILE = 'manifest.json';

/** Pieces live here, each named by the start of its SHA-256, so a name says what its bytes must be. */
export const PIECES_FOLDER = 'pieces';

/** Hex digits of the SHA-256 kept in a piece's name: 96 bits, far beyond any accidental collision. */
export const PIECE_HASH_DIGITS = 24;

export type PieceKind = 'json' | 'bin' | 'rows' | 'terms';

const PIECE_NAME = new RegExp(`^${PIECES_FOLDER}/([0-9a-f]{${PIECE_HASH_DIGITS}})\\.(json|bin|rows|terms)$`);

/** The file name of a piece whose SHA-256 (hex) is `sha256`. */
export function pieceFileName(sha256: string, kind: PieceKind): string {
  return `${PIECES_FOLDER}/${sha256.slice(0, PIECE_HASH_DIGITS)}.${kind}`;
}

/** The hash a piece's bytes must start with, or null when `name` is not a piece name. */
export function expectedPieceHash(name: string): string | null {
  return PIECE_NAME.exec(name)?.[1] ?? null;
}

/** Whether `name` is a piece's name; without building a match, since a root lists thousands (5,623 term blocks at a million articles). */
export function isPieceName(name: string): boolean {
  return PIECE_NAME.test(name);
}

/** The kind a piece name ends with, or null when `name` is not a piece name. */
export function pieceKindOf(name: string): PieceKind | null {
  return (PIECE_NAME.exec(name)?.[2] as PieceKind | undefined) ?? null;
}

/**
 * Fewest articles per document piece. A hit's first read fetches, hashes and
 * parses its whole piece, so small pieces keep that near 0.1 ms a hit; on the
 * 10k news corpus a piece of 64 articles (75 KB) cost 1.3 ms.
 */
export const MIN_DOCUMENTS_PER_PIECE = 8;

/** Most document pieces one segment may have: half the 20,000 static assets a Worker may carry. */
export const MAX_DOCUMENT_PIECES = 10_000;

/** Articles per document piece: the smallest power-of-two multiple of the minimum that stays within MAX_DOCUMENT_PIECES. */
export function documentsPerPieceFor(articleCount: number): number {
  let size = MIN_DOCUMENTS_PER_PIECE;
  while (Math.ceil(articleCount / size) > MAX_DOCUMENT_PIECES) size *= 2;
  return size;
}

/**
 * Encoded bytes a term block aims at. A cold query reads, hashes and decodes
 * one block per distinct word region it touches (a word's exact form, stems
 * and completions often fall in different blocks): on the 40k news corpus
 * blocks of 128 KiB made a cold query read 2.5–6 MB and spend 150–390 ms
 * decoding. Past 100k articles blocks grow with the corpus, so a million
 * articles need about 4,000 blocks, within the static-asset file count.
 */
export function termBlockTargetBytes(articleCount: number): number {
  return Math.round(32 * 1024 * Math.max(1, articleCount / 100_000));
}

/** One segment as the manifest lists it: where its root is and which of its documents are deleted. */
export interface SegmentEntry {
  /** The segment root piece (SegmentRoot). */
  readonly root: string;
  /** Documents the segment holds, deleted ones included: its share of the ordinal space. */
  readonly documents: number;
  /** A piece listing the deleted local ids (ascending JSON array), or null when none are. */
  readonly deleted: string | null;
}

/** The manifest: versions, corpus-wide statistics and the segment list. Everything else is checked against names it leads to. */
export interface Manifest {
  readonly formatVersion: number;
  readonly analyzerVersion: number;
  /** Live documents: what BM25's inverse document frequency counts. */
  readonly documentCount: number;
  /** SHA-256 of the validated articles, so two builds of the same content can be recognised. */
  readonly contentHash: string;
  /** Index fields in field-id order. */
  readonly fields: readonly string[];
  /** Sum of each field's length over live documents: the average field length BM25 normalises by. */
  readonly fieldLengthTotals: readonly number[];
  /** Display fields the documents keep, when a configuration chose them (absent: all of them). */
  readonly storedFields?: readonly string[];
  /** Field boosts chosen by the build configuration, which the worker ranks with (absent: src/search/ranking.ts). */
  readonly boosts?: Readonly<Partial<Record<string, number>>>;
  /** Segments in ordinal order: a document's ordinal is its segment's first ordinal plus its local id. */
  readonly segments: readonly SegmentEntry[];
}

/** What a segment's root piece holds: small, read at the first query; it leads to every other piece of the segment. */
export interface SegmentRoot {
  readonly documents: number;
  /** Term blocks in term order: the first term of each and its piece. */
  readonly blocks: { readonly first: readonly string[]; readonly pieces: readonly string[] };
  /** Every term of the segment by length (in UTF-16 units), for typo lookups: lengths ascending, one piece each. */
  readonly lexicon: { readonly lengths: readonly number[]; readonly pieces: readonly string[] };
  readonly documentsPerPiece: number;
  /**
   * The document pieces' names, in order, in directory pieces of
   * DIRECTORY_CHUNK names each: a page reads the few it needs, not a list as
   * long as the corpus (196 KB at 40k articles, read once per hit at first).
   */
  readonly documentDirectory: readonly string[];
  /** The filter columns (category, source, date, tags) of every document of the segment. */
  readonly columns: string;
  /** Pieces mapping article ids to local ids, by a hash of the id (see idBucketOf). */
  readonly idBuckets: readonly string[];
}

/** Document piece names per directory piece. */
export const DIRECTORY_CHUNK = 256;

/** One stored document in a document piece: display fields, body, field lengths and content hash. */
export type StoredDocumentRow = readonly [
  id: string,
  title: string,
  body: string,
  url: string | null,
  date: string | null,
  category: string | null,
  source: string | null,
  tags: readonly string[],
];

/** Filter columns of one segment, dictionary-coded: each column lists its distinct values and a code per document (-1: none). */
export interface ColumnsPiece {
  readonly categories: { readonly values: readonly string[]; readonly codes: readonly number[] };
  readonly sources: { readonly values: readonly string[]; readonly codes: readonly number[] };
  readonly dates: { readonly values: readonly string[]; readonly codes: readonly number[] };
  /** Tag codes per document. */
  readonly tags: { readonly values: readonly string[]; readonly codes: readonly (readonly number[])[] };
}

/**
 * One id bucket: per article its id, its local id, the hash of its content
 * (what an incremental build compares) and its field lengths (what it
 * subtracts from the corpus statistics when the article is deleted).
 */
export type IdBucketPiece = readonly (readonly [id: string, localId: number, contentHash: string, fieldLengths: readonly number[]])[];

/** Hex digits of an article's content hash kept in the id buckets: 64 bits tell an edit from no edit. */
export const ARTICLE_HASH_DIGITS = 16;

/** Articles per id bucket on average: one bucket read answers /articles/{id}. */
export const IDS_PER_BUCKET = 2048;

/** The bucket of an article id among `bucketCount`: FNV-1a over its UTF-16 units, the same on both sides. */
export function idBucketOf(id: string, bucketCount: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index++) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % bucketCount;
}
