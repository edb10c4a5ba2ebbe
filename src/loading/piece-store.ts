// Piece store: reads pieces on demand, verifies each against its name, and keeps decoded pieces under a memory budget.

import { expectedPieceHash, pieceKindOf } from '../index-format/artefacts';
import { namedBytesOf } from '../index-format/named-bytes';
import { sha256Hex } from '../text/sha256';
import type { ArtefactReader } from './artefact-reader';
import { IndexUnavailableError, REBUILD_ADVICE as REBUILD } from './index-unavailable-error';

/**
 * Flags, one a part, for the parts of a piece that have matched their hashes
 * (a term block's spans of postings): `count` is the piece's number of parts.
 * The store keeps them per name past the piece's eviction, so a piece read
 * again does not hash its parts again, for the reason it does not hash the
 * piece again (see PieceStore's `verified`).
 */
export type PartChecks = (count: number) => Uint8Array;

/** How a piece's bytes become the value a reader uses, and roughly what that value weighs in memory. */
export interface PieceDecoder<T> {
  readonly kind: string;
  /** `grow` charges the kept piece for memory its value takes on later (a term block decoding a posting list). */
  decode(bytes: Uint8Array, name: string, grow: (bytes: number) => void, checks: PartChecks): T;
  /**
   * Bytes the decoded value holds, as a multiple of the piece's size, as
   * `npx tsx scripts/bench/scale/piece-weights.ts --index DIR` measures it.
   */
  readonly weight: number;
  /** Bytes the decoded value holds beyond `weight` × the piece's size, where that depends on what the piece holds (a term block's count of terms). */
  extraBytes?(value: T): number;
  /** A check of the decoded value that cannot wait until its parts are used (a term block in a runtime without a synchronous hash). */
  check?(value: T): Promise<void>;
}

/** Default memory budget for decoded pieces: well under a Worker isolate's 128 MB, leaving room for scoring buffers and requests. */
export const DEFAULT_CACHE_BYTES = 48 * 1024 * 1024;

interface Kept {
  readonly value: unknown;
  cost: number;
  /** Kept in the small class (see SMALL_VALUE_BYTES). */
  readonly small: boolean;
}

/**
 * Values charged less than this (a hit's document, a directory chunk) are
 * kept apart from large pieces and evicted only among themselves while they
 * hold less than SMALL_VALUES_SHARE of the budget. Under plain LRU a stream
 * of large term blocks and posting lists pushed out the few kilobytes a page
 * of hits needs along with everything else (at 300k articles, a pass over the
 * 165 news queries re-read 1,400 document pieces for their ten hits each).
 */
export const SMALL_VALUE_BYTES = 32 * 1024;
export const SMALL_VALUES_SHARE = 0.25;

/**
 * Decoded pieces, least recently used first within each size class (a Map
 * keeps insertion order, and a use re-inserts). Only finished values are kept: in workerd a read started
 * by one request may never settle for another, so concurrent misses each read
 * for themselves (see kept-values.ts).
 */
export class PieceStore {
  private readonly kept = new Map<string, Kept>();
  private readonly keptSmall = new Map<string, Kept>();
  private used = 0;
  private usedSmall = 0;
  private readonly failures = new Map<string, IndexUnavailableError>();
  /**
   * Pieces whose bytes have matched their name's hash here, with their length.
   * A name's bytes cannot change while an index is served (a deployment's
   * assets are immutable, and a rebuild writes changed content under new
   * names), so a piece read again after eviction is not hashed again: under
   * the default budget a round of the news queries at 1M re-reads about 337 MiB
   * of evicted term blocks, and not hashing them made warm answers about 18%
   * faster (BENCHMARKS.md). The length is compared, so a piece cut short
   * since is still refused. One map entry a piece (the name is the root's own
   * string): 13,982 pieces at 1M.
   */
  private readonly verified = new Map<string, number>();
  /** Pieces whose decoder's `check` passed: not checked again when read back, for the reason `verified` gives. */
  private readonly checked = new Set<string>();
  /**
   * Per piece, which of its parts matched their hashes (PartChecks): a byte a
   * part, about 560 KB for the spans of every term block at a million articles.
   */
  private readonly partsChecked = new Map<string, Uint8Array>();
  /** Pieces read and bytes fetched since the store was made, for benchmarks and /health. */
  readonly reads = { pieces: 0, bytes: 0 };

  constructor(
    private readonly reader: ArtefactReader,
    readonly budgetBytes: number = DEFAULT_CACHE_BYTES,
  ) {}

  /** The decoded piece if it is in memory (and marks it recently used). */
  peek<T>(name: string): T | undefined {
    const kept = this.kept.get(name) ?? this.keptSmall.get(name);
    if (kept === undefined) return undefined;
    const queue = kept.small ? this.keptSmall : this.kept;
    queue.delete(name);
    queue.set(name, kept);
    return kept.value as T;
  }

  /** Reads, verifies and decodes a piece, keeping it within the budget. */
  async load<T>(name: string, decoder: PieceDecoder<T>): Promise<T> {
    const kept = this.peek<T>(name);
    if (kept !== undefined) return kept;
    return this.read(name, decoder, 'always');
  }

  /**
   * Reads, verifies and decodes a piece, keeping it only when it is small (see
   * SMALL_VALUE_BYTES): for a piece whose reader keeps just the part it uses
   * (see remember) when the whole would crowd the budget.
   */
  async loadIfSmall<T>(name: string, decoder: PieceDecoder<T>): Promise<T> {
    return this.peek<T>(name) ?? this.read(name, decoder, 'if small');
  }

  /** Keeps a value derived from pieces under `key` (never a piece name), charged `cost` bytes; `peek` finds it. */
  remember(key: string, value: unknown, cost: number): void {
    this.keep(key, value, cost);
  }

  private async read<T>(name: string, decoder: PieceDecoder<T>, keep: 'always' | 'if small'): Promise<T> {
    try {
      const bytes = await this.readVerified(name);
      // Growth while decoding, before the piece is kept, is part of the first charge's margin (grow ignores it).
      const value = this.decode(bytes, name, decoder, (extra) => this.grow(name, extra));
      if (decoder.check !== undefined && !this.checked.has(name)) await this.checkWhole(name, value, decoder);
      const cost = Math.ceil(bytes.length * decoder.weight) + (decoder.extraBytes?.(value) ?? 0) + 256;
      if (keep === 'always' || cost < SMALL_VALUE_BYTES) this.keep(name, value, cost);
      this.failures.delete(name);
      return value;
    } catch (error) {
      if (error instanceof IndexUnavailableError) this.failures.set(name, error);
      throw error;
    }
  }

  /** Records a problem found in a piece after it read cleanly (a row of a rows piece that does not match its hash), for /health. */
  recordFailure(name: string, error: IndexUnavailableError): void {
    this.failures.set(name, error);
  }

  /** The latest problem with a piece that has not read cleanly since, so /health can say why some searches fail. */
  failure(): IndexUnavailableError | null {
    return this.failures.values().next().value ?? null;
  }

  /** Bytes of decoded pieces held now. */
  get usedBytes(): number {
    return this.used;
  }

  private async readVerified(name: string): Promise<Uint8Array> {
    const expected = expectedPieceHash(name);
    // Roots' term-block names are checked here, not at load (check-artefacts.ts): a malformed one is never read.
    if (expected === null) throw new IndexUnavailableError('corrupt', `A segment root names "${name}", which is not a piece name. ${REBUILD}`);
    const bytes = await this.reader.read(name);
    if (bytes === null) throw new IndexUnavailableError('corrupt', `index-data/${name} is missing. ${REBUILD}`);
    this.reads.pieces++;
    this.reads.bytes += bytes.length;
    if (this.verified.get(name) === bytes.length) return bytes;
    const named = namedBytesOf(bytes, pieceKindOf(name) ?? '');
    if (named === null || !(await sha256Hex(named)).startsWith(expected)) {
      throw new IndexUnavailableError(
        'corrupt',
        `index-data/${name} does not match its name's hash (truncated, edited or from another build). ${REBUILD}`,
      );
    }
    this.verified.set(name, bytes.length);
    return bytes;
  }

  private async checkWhole<T>(name: string, value: T, decoder: PieceDecoder<T>): Promise<void> {
    try {
      await decoder.check!(value);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new IndexUnavailableError('corrupt', `index-data/${name} could not be read as a ${decoder.kind} (${reason}). ${REBUILD}`);
    }
    this.checked.add(name);
  }

  private decode<T>(bytes: Uint8Array, name: string, decoder: PieceDecoder<T>, grow: (bytes: number) => void): T {
    try {
      return decoder.decode(bytes, name, grow, (count) => {
        let flags = this.partsChecked.get(name);
        if (flags?.length !== count) this.partsChecked.set(name, (flags = new Uint8Array(count)));
        return flags;
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new IndexUnavailableError('corrupt', `index-data/${name} could not be read as a ${decoder.kind} (${reason}). ${REBUILD}`);
    }
  }

  private keep(name: string, value: unknown, cost: number): void {
    if (this.kept.has(name) || this.keptSmall.has(name)) return;
    const small = cost < SMALL_VALUE_BYTES;
    (small ? this.keptSmall : this.kept).set(name, { value, cost, small });
    this.used += cost;
    if (small) this.usedSmall += cost;
    this.evictFor(name);
  }

  /** Adds to a kept piece's charge; a piece already evicted is no longer the store's to count. */
  private grow(name: string, extra: number): void {
    const entry = this.kept.get(name) ?? this.keptSmall.get(name);
    if (entry === undefined) return;
    entry.cost += extra;
    this.used += extra;
    if (entry.small) this.usedSmall += extra;
    this.evictFor(name);
  }

  /**
   * Evicts least recently used values, never `name`, until the budget holds:
   * small ones while they hold more than their share, large ones otherwise,
   * and small ones again when no large one is left.
   */
  private evictFor(name: string): void {
    while (this.used > this.budgetBytes) {
      const smallFirst = this.usedSmall > this.budgetBytes * SMALL_VALUES_SHARE;
      if (!this.evictOldest(smallFirst ? this.keptSmall : this.kept, name) && !this.evictOldest(smallFirst ? this.kept : this.keptSmall, name))
        return;
    }
  }

  /** Evicts the oldest entry of `queue` other than `spared`; false when there is none. */
  private evictOldest(queue: Map<string, Kept>, spared: string): boolean {
    for (const [oldest, entry] of queue) {
      if (oldest === spared) continue;
      queue.delete(oldest);
      this.used -= entry.cost;
      if (entry.small) this.usedSmall -= entry.cost;
      return true;
    }
    return false;
  }
}

const textDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** A JSON piece, checked only for being JSON: its reader checks the shape it needs. */
export function jsonDecoder<T>(kind: string): PieceDecoder<T> {
  return { kind, weight: 2, decode: (bytes) => JSON.parse(textDecoder.decode(bytes)) as T };
}
