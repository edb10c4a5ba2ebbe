// Build CLI: content files → validated articles → index-data/, swapped in atomically. Node only (see scripts/build/run-build.ts).

import { runBuild } from './build/run-build';

process.exitCode = await runBuild(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
