// What the scale scripts that time one built index share: the --index they require, and an engine that keeps what it reads.

import { type Engine, loadEngine } from '../../../src/loading/load-engine';
import { createDiskReader } from '../../fuzz/read-index-from-disk';

/** The --index DIR a script was given; without one, its usage on stderr and exit code 2. */
export function indexArgument(index: string | undefined, usage: string): string {
  if (index !== undefined) return index;
  process.stderr.write(`usage: ${usage}\n`);
  process.exit(2);
}

/** An engine over the index in `dir` that keeps every piece it reads, so what is timed is the work, not the cache's budget. */
export function loadKeepingEverything(dir: string): Promise<Engine> {
  return loadEngine(createDiskReader(dir), { cacheBytes: Number.MAX_SAFE_INTEGER });
}
