// Checking every piece of an index against its name, on a thread of its own for a large index while the main thread builds.

import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { expectedPieceHash } from '../../src/index-format/artefacts';
import { readRowsHeader, rowsPieceDamage } from '../../src/index-format/rows-piece';
import { TERM_HASH_BYTES, termBlockDamage, termBlockHeadOf } from '../../src/index-format/term-block';

/** What checking the pieces found: all intact, the first damaged piece, or an error that is not damage (the thread failed). */
export type PiecesVerdict = { readonly intact: true } | { readonly damage: string } | { readonly error: unknown };

/** A check under way: its verdict (which never rejects, so it may be awaited late), and a way to stop it. */
export interface PiecesCheck {
  readonly verdict: Promise<PiecesVerdict>;
  /** Stops the thread; the verdict then settles as an error and is not to be used. */
  stop(): void;
}

/** The pieces to check, as [name, the hex the name says its SHA-256 starts with]. */
type CheckList = readonly (readonly [string, string])[];

/** What the check needs of Node and of the rows-piece layout, passed in so its source runs alike on this thread and in a fresh one. */
interface CheckTools {
  readonly openSync: typeof openSync;
  readonly readSync: typeof readSync;
  readonly readFileSync: typeof readFileSync;
  readonly closeSync: typeof closeSync;
  readonly createHash: typeof createHash;
  readonly join: typeof join;
  readonly rowsPieceDamage: typeof rowsPieceDamage;
  readonly readRowsHeader: typeof readRowsHeader;
  readonly sha256Hex: (data: Uint8Array) => string;
  readonly termBlockDamage: typeof termBlockDamage;
  readonly termBlockHeadOf: typeof termBlockHeadOf;
  readonly sha256: (data: Uint8Array) => Uint8Array;
  readonly termHashBytes: number;
}

function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function sha256(data: Uint8Array): Uint8Array {
  return createHash('sha256').update(data).digest();
}

/**
 * The first damaged piece, or null. A thread runs its source text, so it
 * names nothing from outside but Node's globals (the modules come in `tools`)
 * and declares no inner function a compiler could wrap: one copy of the rule
 * on either thread. Pieces other than rows pieces and term blocks stream
 * through one reused buffer; those two are read whole (a few hundred KB, a
 * few MB for a term block of one common word at a million articles), since
 * their rows or spans of postings are checked against their named head. Its
 * two messages are those of DamagedPieceError in disk-pieces.ts.
 */
function firstDamage(folder: string, pieces: CheckList, tools: CheckTools): string | null {
  const chunk = Buffer.allocUnsafe(1 << 20);
  for (const [name, expected] of pieces) {
    const rows = name.endsWith('.rows');
    if (rows || name.endsWith('.terms')) {
      // The name hashes a rows piece's header or a term block's head, which hold the hashes of its rows or spans of
      // postings: read whole and check both.
      let bytes: Buffer;
      try {
        bytes = tools.readFileSync(tools.join(folder, name));
      } catch {
        return `${name} is missing`;
      }
      const damage = rows
        ? tools.rowsPieceDamage(bytes, expected, tools.sha256Hex, tools.readRowsHeader)
        : tools.termBlockDamage(bytes, expected, tools.sha256, tools.termBlockHeadOf, tools.termHashBytes);
      if (damage !== null) return `${name} does not match its name's hash (${damage})`;
      continue;
    }
    let descriptor: number;
    try {
      descriptor = tools.openSync(tools.join(folder, name), 'r');
    } catch {
      return `${name} is missing`;
    }
    try {
      const hash = tools.createHash('sha256');
      for (let read = tools.readSync(descriptor, chunk); read > 0; read = tools.readSync(descriptor, chunk)) hash.update(chunk.subarray(0, read));
      if (!hash.digest('hex').startsWith(expected)) return `${name} does not match its name's hash`;
    } finally {
      tools.closeSync(descriptor);
    }
  }
  return null;
}

const THREAD_SOURCE = `
const { closeSync, openSync, readSync, readFileSync } = require('node:fs');
const { createHash } = require('node:crypto');
const { join } = require('node:path');
const { parentPort, workerData } = require('node:worker_threads');
const firstDamage = ${firstDamage.toString()};
const rowsPieceDamage = ${rowsPieceDamage.toString()};
const readRowsHeader = ${readRowsHeader.toString()};
const termBlockDamage = ${termBlockDamage.toString()};
const termBlockHeadOf = ${termBlockHeadOf.toString()};
const sha256Hex = (data) => createHash('sha256').update(data).digest('hex');
const sha256 = (data) => createHash('sha256').update(data).digest();
const tools = { closeSync, openSync, readSync, readFileSync, createHash, join, rowsPieceDamage, readRowsHeader, sha256Hex, termBlockDamage, termBlockHeadOf, sha256, termHashBytes: ${TERM_HASH_BYTES} };
parentPort.postMessage({ damage: firstDamage(workerData.folder, workerData.pieces, tools) });
`;

/**
 * Articles from which the previous index is checked on a thread: one batch's
 * worth. Below, starting the thread costs more than it saves (at 10k articles,
 * 0.1 CPU-seconds more and no wall time gained); at a million, hashing 5 GB
 * while the content is read took 4 s off an unchanged rebuild (BENCHMARKS.md).
 */
export const CHECK_ON_THREAD_FROM = 20_000;

/**
 * Checks every named piece of `folder`: an incremental build needs the old
 * index intact before it reuses its pieces, but hashing it (5 GB at a million
 * articles, 6 s) need not hold up reading the content, so with `onThread` the
 * check runs on a thread of its own; without, here and now.
 */
export function checkPieces(folder: string, names: readonly string[], onThread: boolean): PiecesCheck {
  const pieces: (readonly [string, string])[] = [];
  for (const name of names) {
    const expected = expectedPieceHash(name);
    // A name that is not a piece's cannot match anything: damaged, without a read.
    if (expected === null) return settled({ damage: `${name} is missing` });
    pieces.push([name, expected]);
  }
  if (pieces.length === 0) return settled({ intact: true });
  if (!onThread) {
    try {
      const damage = firstDamage(folder, pieces, {
        closeSync,
        openSync,
        readSync,
        readFileSync,
        createHash,
        join,
        rowsPieceDamage,
        readRowsHeader,
        sha256Hex,
        termBlockDamage,
        termBlockHeadOf,
        sha256,
        termHashBytes: TERM_HASH_BYTES,
      });
      return settled(damage === null ? { intact: true } : { damage });
    } catch (error) {
      return settled({ error });
    }
  }
  const worker = new Worker(THREAD_SOURCE, { eval: true, workerData: { folder, pieces: pieces satisfies CheckList } });
  const verdict = new Promise<PiecesVerdict>((resolve) => {
    worker.once('message', (message: { damage: string | null }) => resolve(message.damage === null ? { intact: true } : { damage: message.damage }));
    worker.once('error', (error) => resolve({ error }));
    worker.once('exit', (code) => resolve({ error: new Error(`the thread checking the previous index stopped (exit code ${code})`) }));
  });
  return { verdict, stop: () => void worker.terminate() };
}

function settled(verdict: PiecesVerdict): PiecesCheck {
  return { verdict: Promise.resolve(verdict), stop: () => undefined };
}
