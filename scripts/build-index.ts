// Build CLI: content files → validated articles → index-data/, swapped in atomically. Node only (see scripts/build/run-build.ts).

import { isMainThread } from 'node:worker_threads';
import { runBuild } from './build/run-build';

// Batch threads load this same bundle to reach their code (scripts/build/batch-threads.ts); only the main thread builds.
if (isMainThread) process.exitCode = await runBuild(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
