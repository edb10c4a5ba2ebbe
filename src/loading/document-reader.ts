// Document reader: stored documents, filter columns and id lookups of every segment, read piece by piece when asked.

import { type ColumnsPiece, DIRECTORY_CHUNK, type IdBucketPiece, idBucketOf, type StoredDocumentRow } from '../index-format/artefacts';
import { DocumentRows, MalformedRowsError } from './document-rows';
import { IndexUnavailableError, REBUILD_ADVICE as REBUILD } from './index-unavailable-error';
import { jsonDecoder, type PieceDecoder, type PieceStore } from './piece-store';
import type { LoadedSegment } from './term-view';

/** One article as stored: what a hit or /articles/{id} shows. */
export interface StoredDocument {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly url: string | null;
  readonly date: string | null;
  readonly category: string | null;
  readonly source: string | null;
  readonly tags: readonly string[];
}

/** The filter columns of every article by ordinal: what filters, facets and date order read. */
export interface ArticleColumns {
  category(ordinal: number): string | null;
  source(ordinal: number): string | null;
  date(ordinal: number): string | null;
  tags(ordinal: number): readonly string[];
}

export const DIRECTORY_DECODER = jsonDecoder<string[]>('document directory');
/**
 * A document piece is kept as its bytes and the offsets of its rows; a row is
 * checked and decoded when a hit needs it. Decoding a whole 128-article piece
 * of a million-article index (340 KB of UTF-8) cost about 3 ms of text
 * decoding for the one row a hit shows, and hashing it 2–3 ms more.
 */
export const DOCUMENTS_DECODER: PieceDecoder<DocumentRows> = { kind: 'document piece', weight: 1.05, decode: (bytes) => new DocumentRows(bytes) };
/** JSON number arrays take several times their text in memory. */
export const COLUMNS_DECODER = { ...jsonDecoder<ColumnsPiece>('column piece'), weight: 6 };
/** Rows of short strings and numbers: about 3.5× their JSON (40k news, piece-weights.ts). */
export const ID_BUCKET_DECODER = { ...jsonDecoder<IdBucketPiece>('id bucket'), weight: 3.5 };
const NO_TAGS: readonly string[] = [];

/**
 * What a kept document weighs: its strings at two bytes a character (Arabic
 * text is two-byte in V8), plus the object around them.
 */
function documentCost(document: StoredDocument): number {
  let characters = document.id.length + document.title.length + document.body.length;
  for (const value of [document.url, document.date, document.category, document.source, ...document.tags]) characters += value?.length ?? 0;
  return 2 * characters + 300;
}

/** Where a document read once is kept: a key no piece name can take. */
const documentKey = (ordinal: number): string => `document ${ordinal}`;

function toDocument(row: StoredDocumentRow | undefined, ordinal: number): StoredDocument {
  if (!Array.isArray(row)) throw new IndexUnavailableError('corrupt', `index-data has no stored document for ordinal ${ordinal}. ${REBUILD}`);
  const [id, title, body, url, date, category, source, tags] = row;
  return { id, title, body, url, date, category, source, tags: Array.isArray(tags) ? tags : NO_TAGS };
}

/** Row `row` of a document piece; a row that does not match its hash or does not decode is a corrupt index, which /health then reports. */
async function rowOf(rows: DocumentRows, row: number, name: string, store: PieceStore): Promise<StoredDocumentRow | undefined> {
  try {
    return await rows.row(row);
  } catch (error) {
    if (!(error instanceof MalformedRowsError)) throw error;
    const failure = new IndexUnavailableError('corrupt', `index-data/${name} could not be read as a document piece (${error.message}). ${REBUILD}`);
    store.recordFailure(name, failure);
    throw failure;
  }
}

/** The segment holding an ordinal: the last whose base is ≤ it. */
function segmentOf(segments: readonly LoadedSegment[], ordinal: number): LoadedSegment {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (segments[middle]!.base <= ordinal) low = middle;
    else high = middle - 1;
  }
  return segments[low]!;
}

function columnsOf(segments: readonly LoadedSegment[], pieces: readonly ColumnsPiece[]): ArticleColumns {
  const at = (ordinal: number): { piece: ColumnsPiece; local: number } | undefined => {
    const index = segments.indexOf(segmentOf(segments, ordinal));
    const piece = pieces[index];
    return piece === undefined ? undefined : { piece, local: ordinal - segments[index]!.base };
  };
  const value = (column: { readonly values: readonly string[]; readonly codes: readonly number[] }, local: number): string | null =>
    column.values[column.codes[local] ?? -1] ?? null;
  return {
    category: (ordinal) => {
      const found = at(ordinal);
      return found === undefined ? null : value(found.piece.categories, found.local);
    },
    source: (ordinal) => {
      const found = at(ordinal);
      return found === undefined ? null : value(found.piece.sources, found.local);
    },
    date: (ordinal) => {
      const found = at(ordinal);
      return found === undefined ? null : value(found.piece.dates, found.local);
    },
    tags: (ordinal) => {
      const found = at(ordinal);
      const codes = found?.piece.tags.codes[found.local];
      return found === undefined || codes === undefined ? NO_TAGS : codes.map((code) => found.piece.tags.values[code] ?? '');
    },
  };
}

/** The engine's document-side readers over loaded segments. */
export function createDocumentReader(segments: readonly LoadedSegment[], store: PieceStore) {
  const documents = async (ordinals: readonly number[]): Promise<StoredDocument[]> => {
    // Within one call a piece read in flight may be shared: two hits of a page in one piece read it once.
    const reads = new Map<string, Promise<DocumentRows>>();
    const chunks = new Map<string, Promise<string[]>>();
    const pieceOf = async (ordinal: number): Promise<{ rows: DocumentRows; row: number; name: string }> => {
      const segment = segmentOf(segments, ordinal);
      const local = ordinal - segment.base;
      const { documentsPerPiece, documentDirectory } = segment.root;
      const piece = Math.floor(local / documentsPerPiece);
      const chunkName = documentDirectory[Math.floor(piece / DIRECTORY_CHUNK)];
      let chunk = chunkName === undefined ? undefined : chunks.get(chunkName);
      if (chunkName !== undefined && chunk === undefined) chunks.set(chunkName, (chunk = store.load(chunkName, DIRECTORY_DECODER)));
      const name = (await chunk)?.[piece % DIRECTORY_CHUNK];
      if (name === undefined) throw new IndexUnavailableError('corrupt', `index-data lists no document piece for ordinal ${ordinal}. ${REBUILD}`);
      let read = reads.get(name);
      if (read === undefined) reads.set(name, (read = store.loadIfSmall(name, DOCUMENTS_DECODER)));
      return { rows: await read, row: local % documentsPerPiece, name };
    };
    // A hit needs one row of its piece (one of 128 at a million articles), so the store keeps the rows read, and the
    // piece itself only while it is small (8 articles at 10k): the budget then holds the documents of many more pages.
    return Promise.all(
      ordinals.map(async (ordinal) => {
        const kept = store.peek<StoredDocument>(documentKey(ordinal));
        if (kept !== undefined) return kept;
        const { rows, row, name } = await pieceOf(ordinal);
        const document = toDocument(await rowOf(rows, row, name, store), ordinal);
        store.remember(documentKey(ordinal), document, documentCost(document));
        return document;
      }),
    );
  };
  return {
    documents,
    body: async (ordinal: number): Promise<string> => (await documents([ordinal]))[0]!.body,
    bodies: async (ordinals: readonly number[]): Promise<string[]> => (await documents(ordinals)).map((document) => document.body),
    // Read through the store every time, so the columns stay under its memory budget like any other piece.
    columns: async (): Promise<ArticleColumns> =>
      columnsOf(segments, await Promise.all(segments.map((segment) => store.load(segment.root.columns, COLUMNS_DECODER)))),
    ordinalOf: async (id: string): Promise<number | undefined> => {
      for (const segment of segments) {
        const { idBuckets } = segment.root;
        const bucket = await store.load(idBuckets[idBucketOf(id, idBuckets.length)]!, ID_BUCKET_DECODER);
        const entry = bucket.find(([candidate]) => candidate === id);
        if (entry !== undefined && !segment.deleted?.has(entry[1])) return segment.base + entry[1];
      }
      return undefined;
    },
  };
}
