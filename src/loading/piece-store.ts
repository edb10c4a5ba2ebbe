// Piece store: reads pieces on demand, verifies each against its name, and keeps decoded pieces under a memory budget.

import { expectedPieceHash } from '../index-format/artefacts';
import { sha256Hex } from '../text/sha256';
import type { ArtefactReader } from './artefact-reader';
import { IndexUnavailableError, REBUILD_ADVICE as REBUILD } from './index-unavailable-error';

/** How a piece's bytes become the value a reader uses, and roughly what that value weighs in memory. */
export interface PieceDecoder<T> {
  readonly kind: string;
  /** `grow` charges the kept piece for memory its value takes on later (a term block decoding a posting list). */
  decode(bytes: Uint8Array, name: string, grow: (bytes: number) => void): T;
  /**
   * Bytes the decoded value holds, as a multiple of the piece's size, as
   * `npx tsx scripts/bench/scale/piece-weights.ts --index DIR` measures it.
   */
  readonly weight: number;
}

/** Default memory budget for decoded pieces: well under a Worker isolate's 128 MB, leaving room for scoring buffers and requests. */
export const DEFAULT_CACHE_BYTES = 48 * 1024 * 1024;

interface Kept {
  readonly value: unknown;
  cost: number;
}

/**
 * Decoded pieces, least recently used first (a Map keeps insertion order, and
 * a use re-inserts). Only finished values are kept: in workerd a read started
 * by one request may never settle for another, so concurrent misses each read
 * for themselves (see kept-values.ts).
 */
export class PieceStore {
  private readonly kept = new Map<string, Kept>();
  private used = 0;
  private readonly failures = new Map<string, IndexUnavailableError>();
  /** Pieces read and bytes fetched since the store was made, for benchmarks and /health. */
  readonly reads = { pieces: 0, bytes: 0 };

  constructor(
    private readonly reader: ArtefactReader,
    readonly budgetBytes: number = DEFAULT_CACHE_BYTES,
  ) {}

  /** The decoded piece if it is in memory (and marks it recently used). */
  peek<T>(name: string): T | undefined {
    const kept = this.kept.get(name);
    if (kept === undefined) return undefined;
    this.kept.delete(name);
    this.kept.set(name, kept);
    return kept.value as T;
  }

  /** Reads, verifies and decodes a piece, keeping it within the budget. */
  async load<T>(name: string, decoder: PieceDecoder<T>): Promise<T> {
    const kept = this.peek<T>(name);
    if (kept !== undefined) return kept;
    try {
      const bytes = await this.readVerified(name);
      // Growth while decoding, before the piece is kept, is part of the first charge's margin (grow ignores it).
      const value = this.decode(bytes, name, decoder, (extra) => this.grow(name, extra));
      this.keep(name, value, Math.ceil(bytes.length * decoder.weight) + 256);
      this.failures.delete(name);
      return value;
    } catch (error) {
      if (error instanceof IndexUnavailableError) this.failures.set(name, error);
      throw error;
    }
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
    const bytes = await this.reader.read(name);
    if (bytes === null) throw new IndexUnavailableError('corrupt', `index-data/${name} is missing. ${REBUILD}`);
    this.reads.pieces++;
    this.reads.bytes += bytes.length;
    if (expected === null || !(await sha256Hex(bytes)).startsWith(expected)) {
      throw new IndexUnavailableError(
        'corrupt',
        `index-data/${name} does not match its name's hash (truncated, edited or from another build). ${REBUILD}`,
      );
    }
    return bytes;
  }

  private decode<T>(bytes: Uint8Array, name: string, decoder: PieceDecoder<T>, grow: (bytes: number) => void): T {
    try {
      return decoder.decode(bytes, name, grow);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new IndexUnavailableError('corrupt', `index-data/${name} could not be read as a ${decoder.kind} (${reason}). ${REBUILD}`);
    }
  }

  private keep(name: string, value: unknown, cost: number): void {
    if (this.kept.has(name)) return;
    this.kept.set(name, { value, cost });
    this.used += cost;
    this.evictFor(name);
  }

  /** Adds to a kept piece's charge; a piece already evicted is no longer the store's to count. */
  private grow(name: string, extra: number): void {
    const entry = this.kept.get(name);
    if (entry === undefined) return;
    entry.cost += extra;
    this.used += extra;
    this.evictFor(name);
  }

  /** Evicts the least recently used pieces, never `name`, until the budget holds. */
  private evictFor(name: string): void {
    for (const [oldest, entry] of this.kept) {
      if (this.used <= this.budgetBytes) break;
      if (oldest === name) continue;
      this.kept.delete(oldest);
      this.used -= entry.cost;
    }
  }
}

const textDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** A JSON piece, checked only for being JSON: its reader checks the shape it needs. */
export function jsonDecoder<T>(kind: string): PieceDecoder<T> {
  return { kind, weight: 2, decode: (bytes) => JSON.parse(textDecoder.decode(bytes)) as T };
}
