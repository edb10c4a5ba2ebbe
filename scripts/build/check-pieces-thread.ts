// Checking every piece of an index against its name on a thread of its own, while the main thread builds.

import { Worker } from 'node:worker_threads';
import { expectedPieceHash } from '../../src/index-format/artefacts';

/** What checking the pieces found: all intact, the first damaged piece, or an error that is not damage (the thread failed). */
export type PiecesVerdict = { readonly intact: true } | { readonly damage: string } | { readonly error: unknown };

/** A check under way: its verdict (which never rejects, so it may be awaited late), and a way to stop it. */
export interface PiecesCheck {
  readonly verdict: Promise<PiecesVerdict>;
  /** Stops the thread; the verdict then settles as an error and is not to be used. */
  stop(): void;
}

/** The pieces to check, as [name, the hex the name says its SHA-256 starts with]; what the thread reads. */
type CheckList = readonly (readonly [string, string])[];

/**
 * The thread's code, plain CommonJS on Node's own modules, so it runs the same
 * under tsx, bundled, and in tests. One reused buffer: checking 5 GB of pieces
 * allocates nothing per piece. Its two messages are those of DamagedPieceError
 * in disk-pieces.ts, which reads pieces one at a time on the main thread.
 */
const THREAD_SOURCE = `
const { closeSync, openSync, readSync } = require('node:fs');
const { createHash } = require('node:crypto');
const { join } = require('node:path');
const { parentPort, workerData } = require('node:worker_threads');
const { folder, pieces } = workerData;
const chunk = Buffer.allocUnsafe(1 << 20);
function damageOf(name, expected) {
  let descriptor;
  try {
    descriptor = openSync(join(folder, name), 'r');
  } catch {
    return name + ' is missing';
  }
  try {
    const hash = createHash('sha256');
    for (let read = readSync(descriptor, chunk); read > 0; read = readSync(descriptor, chunk)) hash.update(chunk.subarray(0, read));
    return hash.digest('hex').startsWith(expected) ? null : name + " does not match its name's hash";
  } finally {
    closeSync(descriptor);
  }
}
let damage = null;
for (const [name, expected] of pieces) {
  damage = damageOf(name, expected);
  if (damage !== null) break;
}
parentPort.postMessage({ damage });
`;

/**
 * Checks every named piece of `folder` on a thread: an incremental build
 * needs the old index intact before it reuses its pieces, but hashing it
 * (5 GB at a million articles, 6 s) need not hold up reading the content.
 */
export function checkPieces(folder: string, names: readonly string[]): PiecesCheck {
  const pieces: (readonly [string, string])[] = [];
  for (const name of names) {
    const expected = expectedPieceHash(name);
    // A name that is not a piece's cannot match anything: damaged, without a read.
    if (expected === null) return settled({ damage: `${name} is missing` });
    pieces.push([name, expected]);
  }
  if (pieces.length === 0) return settled({ intact: true });
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
