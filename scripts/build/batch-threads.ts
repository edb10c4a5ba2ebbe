// Batch threads: a build's batches inverted and written on other cores (Node worker threads), each thread one batch at a time.
//
// A thread runs this same module: the bundle of the build CLI when it runs through scripts/run-bundled.mjs
// (the entry point then starts no build, see scripts/build-index.ts), this file itself under tsx. Either
// way, the code at the end of this file serves batches when the thread was started for that.

import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { BatchProgress, FreshBatch, SegmentMaker } from '../../src/indexing/batch-segment';
import { writeBatchSegment } from '../../src/indexing/batch-segment';
import type { WrittenSegment } from '../../src/indexing/write-segment';
import { DiskPieceWriter } from './disk-pieces';

/** Marks a thread started to serve batches, so a module loaded for another reason does not. */
const ROLE = 'bahth-batch-thread';

interface ThreadSetup {
  readonly role: typeof ROLE;
  /** The staging folder every thread writes its pieces into (pieces are named by content, so threads never clash). */
  readonly folder: string;
}

type Request = { readonly id: number; readonly batch: FreshBatch };
type Reply =
  | { readonly id: number; readonly kind: 'progress'; readonly indexed: number }
  | { readonly id: number; readonly kind: 'done'; readonly segment: WrittenSegment; readonly written: readonly string[] }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

/**
 * A thread running this module. Bundled, it is a plain JavaScript file; under
 * tsx it is TypeScript, and a thread does not inherit tsx's loader, so the
 * thread registers it before importing this file.
 */
function startThread(setup: ThreadSetup, heapMb: number): Worker {
  const options = { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: heapMb } };
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL(self), options);
  const loader = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const code = `import(${loader}).then(({ register }) => { register(); return import(${JSON.stringify(self)}); });`;
  return new Worker(code, { ...options, eval: true });
}

/**
 * The heap a batch thread may grow to: 64 MB a thousand articles, at least
 * 256 MB. A batch of 20,000 news articles (about 1,400 characters each) is
 * built under a 700 MB heap; given the process's limit instead, each thread
 * collected so late that two of them held 5 GB. Node's --max-old-space-size
 * overrides this (V8 takes it for every thread).
 */
export const threadHeapMb = (batchSize: number): number => Math.max(256, Math.ceil(batchSize / 1000) * 64);

/** A batch thread that failed or stopped: the build stops, writes nothing and says this. */
export class BatchThreadError extends Error {}

/** Why a thread stopped, with what to do about it. */
function threadLost(error: Error & { code?: string }, heapMb: number): Error {
  if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') return new BatchThreadError(`a batch thread stopped: ${error.message}`);
  return new BatchThreadError(
    `a batch thread ran out of its ${heapMb} MB heap (long articles need more than news articles do): ` +
      'build with a smaller --batch-size, or with --jobs 1 (batches are then analysed in the main thread, under its own heap limit)',
  );
}

/** A pool of batch threads, started on first use; `close` stops them. */
export interface BatchThreads extends SegmentMaker {
  close(): Promise<void>;
}

interface Waiting {
  readonly resolve: (segment: WrittenSegment) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress: BatchProgress;
}

/**
 * Up to `jobs` threads, each making one batch's segment at a time into
 * `folder`, under a heap sized for `batchSize` articles. `onWritten` hears
 * the names of the pieces each batch wrote, so the build can read them back
 * for its merge.
 */
export function startBatchThreads(jobs: number, batchSize: number, folder: string, onWritten: (names: readonly string[]) => void): BatchThreads {
  const setup: ThreadSetup = { role: ROLE, folder };
  const heapMb = threadHeapMb(batchSize);
  const idle: Worker[] = [];
  const all: Worker[] = [];
  const queue: Request[] = [];
  const waiting = new Map<number, Waiting>();
  const busy = new Map<Worker, number>();
  let nextId = 0;
  let closed = false;

  const fail = (id: number, error: Error): void => {
    waiting.get(id)?.reject(error);
    waiting.delete(id);
  };

  const dispatch = (): void => {
    while (queue.length > 0) {
      const worker = idle.pop() ?? (all.length < jobs ? spawn() : undefined);
      if (worker === undefined) return;
      const request = queue.shift()!;
      busy.set(worker, request.id);
      worker.postMessage(request);
    }
  };

  const spawn = (): Worker => {
    const worker = startThread(setup, heapMb);
    all.push(worker);
    worker.on('message', (reply: Reply) => {
      const entry = waiting.get(reply.id);
      if (entry === undefined) return;
      if (reply.kind === 'progress') return entry.onProgress(reply.indexed);
      busy.delete(worker);
      idle.push(worker);
      if (reply.kind === 'done') {
        onWritten(reply.written);
        entry.resolve(reply.segment);
        waiting.delete(reply.id);
      } else fail(reply.id, new BatchThreadError(`a batch thread failed: ${reply.message}`));
      dispatch();
    });
    // A thread that dies (out of memory, a crash) fails its batch; the build then stops with that error.
    const lost = (error: Error): void => {
      const id = busy.get(worker);
      busy.delete(worker);
      if (id !== undefined) fail(id, threadLost(error, heapMb));
    };
    worker.on('error', lost);
    worker.on('exit', (code) => {
      if (!closed) lost(new Error(`exit code ${code}`));
    });
    return worker;
  };

  return {
    concurrency: jobs,
    make(batch, onProgress) {
      if (closed) return Promise.reject(new Error('startBatchThreads: the pool is closed'));
      const id = nextId++;
      const done = new Promise<WrittenSegment>((resolve, reject) => waiting.set(id, { resolve, reject, onProgress }));
      queue.push({ id, batch });
      dispatch();
      return done;
    },
    async close() {
      closed = true;
      await Promise.all(all.map((worker) => worker.terminate()));
    },
  };
}

/** The thread's side: each batch it is sent becomes a segment in the staging folder, and its piece names go back. */
function serveBatches(setup: ThreadSetup): void {
  const port = parentPort!;
  port.on('message', async ({ id, batch }: Request) => {
    const reply = (message: Reply): void => port.postMessage(message);
    try {
      const pieces = new DiskPieceWriter(setup.folder);
      const segment = await writeBatchSegment(batch, pieces, (indexed) => reply({ id, kind: 'progress', indexed }));
      reply({ id, kind: 'done', segment, written: [...pieces.written] });
    } catch (error) {
      reply({ id, kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
}

const isBatchThread = (data: unknown): data is ThreadSetup => typeof data === 'object' && data !== null && (data as { role?: unknown }).role === ROLE;

if (!isMainThread && isBatchThread(workerData)) serveBatches(workerData);
