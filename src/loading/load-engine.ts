// Loader: the manifest and segment roots → an engine that reads every other piece on demand, verified, under a memory budget.

import { MANIFEST_FILE, type Manifest, type SegmentRoot } from '../index-format/artefacts';
import { ANALYZER_VERSION, FORMAT_VERSION } from '../index-format/versions';
import type { ArtefactReader } from './artefact-reader';
import { checkManifestShape, checkSegmentRoot } from './check-artefacts';
import { type ArticleColumns, createDocumentReader, type StoredDocument } from './document-reader';
import { IndexUnavailableError, REBUILD_ADVICE as REBUILD } from './index-unavailable-error';
import { DEFAULT_CACHE_BYTES, jsonDecoder, type PieceDecoder, PieceStore } from './piece-store';
import type { ReadBudget } from './read-budget';
import { type LoadedSegment, type PieceSource, TermView } from './term-view';

export type { ArticleColumns, StoredDocument } from './document-reader';

/** A loaded index: corpus statistics and segment roots in memory, every other piece read when a request needs it. */
export interface Engine {
  readonly manifest: Manifest;
  /** Field name → field id, in the manifest's order. */
  readonly fieldIds: Readonly<Record<string, number>>;
  /** Average length of each field over live documents, by field id. */
  readonly averageFieldLength: readonly number[];
  /** Ordinals run from 0 to this, exclusive (deleted documents keep theirs). */
  readonly ordinalLimit: number;
  /** The dictionary: synchronous lookups, valid only inside `complete`. */
  readonly terms: TermView;
  /**
   * Runs synchronous work over the dictionary until a run needs no piece that
   * is not loaded yet, loading between runs what the previous run lacked.
   * With a budget, pieces past it are not read: the last run answers without
   * them, and the budget records the cut.
   */
  complete<T>(work: () => T, budget?: ReadBudget): Promise<T>;
  /** Stored documents by ordinal, each document piece read at most once for the call. */
  documents(ordinals: readonly number[]): Promise<StoredDocument[]>;
  /** The body of one article. */
  body(ordinal: number): Promise<string>;
  /** The bodies of several articles (one request's page). */
  bodies(ordinals: readonly number[]): Promise<string[]>;
  /** Category, source, date and tags of every article, for filters, facets and date order. */
  columns(): Promise<ArticleColumns>;
  /** The ordinal of a live article by its id. */
  ordinalOf(id: string): Promise<number | undefined>;
  /** The problem found since loading (a piece missing or corrupt), so /health can say why some searches fail. */
  failure(): IndexUnavailableError | null;
  /** The piece store, for benchmarks that count reads and memory. */
  readonly store: PieceStore;
}

export interface LoadOptions {
  /** Memory budget for decoded pieces, in bytes (default DEFAULT_CACHE_BYTES). */
  readonly cacheBytes?: number;
  /** Rounds of reads before work answers without what it still lacks (default MAX_ROUNDS). */
  readonly maxRounds?: number;
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

/**
 * Rounds of reads one piece of work may take before it answers without what it
 * still lacks. Each round reads every piece the last one lacked; most work
 * needs two or three, but typo lookups can discover one more term block a
 * round (eight misspelt words at 1M articles took more than 16).
 */
export const MAX_ROUNDS = 16;

interface Round {
  readonly scope: Map<string, unknown>;
  readonly missing: Map<string, PieceDecoder<unknown>>;
  /** Pieces the request's read budget did not grant: lookups answer without them and do not ask again. */
  readonly refused: Set<string>;
}

async function loadSegments(manifest: Manifest, store: PieceStore): Promise<LoadedSegment[]> {
  let base = 0;
  return Promise.all(
    manifest.segments.map(async (entry) => {
      const segmentBase = base;
      base += entry.documents;
      const root = await store.load(entry.root, jsonDecoder<SegmentRoot>('segment root'));
      checkSegmentRoot(root, entry, REBUILD);
      const deleted = entry.deleted === null ? null : new Set(await store.load(entry.deleted, jsonDecoder<number[]>('deletion list')));
      return { root, base: segmentBase, deleted };
    }),
  );
}

/**
 * Loads the index through a reader: the manifest and the segment roots, a few
 * kilobytes whatever the corpus size. Throws IndexUnavailableError, with a
 * message that says how to fix it, when the index is missing, was built by
 * another format or analyser version, or does not match its manifest.
 */
export async function loadEngine(reader: ArtefactReader, options: LoadOptions = {}): Promise<Engine> {
  const manifestBytes = await reader.read(MANIFEST_FILE);
  if (manifestBytes === null) {
    throw new IndexUnavailableError('missing', `No index found: index-data/${MANIFEST_FILE} does not exist. Build one with \`npm run build:index\`.`);
  }
  const manifest = parseManifest(manifestBytes);
  const store = new PieceStore(reader, options.cacheBytes ?? DEFAULT_CACHE_BYTES);
  const segments = await loadSegments(manifest, store);
  let round: Round | undefined;
  const source: PieceSource = {
    get<T>(name: string, pieceDecoder: PieceDecoder<T>): T | undefined {
      if (round === undefined) throw new Error('Engine: dictionary lookups must run inside engine.complete()');
      const held = (round.scope.get(name) as T | undefined) ?? store.peek<T>(name);
      if (held !== undefined) round.scope.set(name, held);
      else if (!round.refused.has(name)) round.missing.set(name, pieceDecoder as PieceDecoder<unknown>);
      return held;
    },
    incomplete: () => round !== undefined && round.missing.size > 0,
    partial: () => round !== undefined && round.refused.size > 0,
  };
  const complete = async <T>(work: () => T, budget?: ReadBudget): Promise<T> => {
    const current: Round = { scope: new Map(), missing: new Map(), refused: new Set() };
    const rounds = options.maxRounds ?? MAX_ROUNDS;
    for (let attempt = 0; ; attempt++) {
      current.missing.clear();
      round = current;
      let result: T;
      try {
        result = work();
      } finally {
        round = undefined;
      }
      if (current.missing.size === 0) return result;
      let wanted = [...current.missing];
      // The pieces asked for first are read: a query's own words are looked up before their further readings.
      // After the last round nothing more is read, and the work answers without it, as past a read budget.
      const allowed = attempt + 1 < rounds ? wanted.length : 0;
      const granted = budget === undefined ? allowed : budget.grant(wanted.length, allowed);
      for (const [name] of wanted.slice(granted)) current.refused.add(name);
      wanted = wanted.slice(0, granted);
      await Promise.all(wanted.map(async ([name, pieceDecoder]) => current.scope.set(name, await store.load(name, pieceDecoder))));
    }
  };
  const fieldIds = Object.fromEntries(manifest.fields.map((field, id) => [field, id]));
  const averageFieldLength = manifest.fieldLengthTotals.map((total) => (manifest.documentCount === 0 ? 0 : total / manifest.documentCount));
  const documents = createDocumentReader(segments, store);
  return {
    manifest,
    fieldIds,
    averageFieldLength,
    ordinalLimit: manifest.segments.reduce((sum, segment) => sum + segment.documents, 0),
    terms: new TermView(segments, source),
    complete,
    ...documents,
    failure: () => store.failure(),
    store,
  };
}

/** The engine as one request sees it: every dictionary lookup it makes counts against `budget`. */
export function withReadBudget(engine: Engine, budget: ReadBudget): Engine {
  return { ...engine, complete: (work) => engine.complete(work, budget) };
}
