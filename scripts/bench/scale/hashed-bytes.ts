// `npx tsx scripts/bench/scale/hashed-bytes.ts --index DIR`: how many bytes the worker's code hashes with SHA-256 to
// answer the first news query on a cold engine, then a first pass over all of them, every piece kept; and how many
// bytes it read for them. One JSON object on stdout. Run it in two commits' trees (a git worktree each) to compare
// what a change to the index's checks costs a first read: hashing is CPU time a Worker pays on each piece's first read.

import crypto from 'node:crypto';
import { parseArgs } from 'node:util';
import { loadEngine } from '../../../src/loading/load-engine';
import { createDiskReader } from '../../fuzz/read-index-from-disk';
import { readBenchQueries } from '../queries';
import { answerQuery } from './answer-query';
import { countReads } from './counting-reader';
import { indexArgument } from './index-argument';

const { values } = parseArgs({ options: { index: { type: 'string' } } });
const index = indexArgument(values.index, 'npx tsx scripts/bench/scale/hashed-bytes.ts --index DIR');

// The worker's synchronous hash is node:crypto's createHash (src/text/sha256.ts looks it up on each call), so counting
// what its hashes are fed counts every byte checked.
let hashed = 0;
const createHash = crypto.createHash;
crypto.createHash = ((algorithm: string) => {
  const hash = createHash(algorithm);
  const update = hash.update.bind(hash);
  hash.update = ((data: Uint8Array) => {
    hashed += data.length;
    return update(data);
  }) as typeof hash.update;
  return hash;
}) as typeof crypto.createHash;

const MB = 1e6;
const queries = readBenchQueries();
const reader = countReads(createDiskReader(index));
const engine = await loadEngine(reader, { cacheBytes: Number.MAX_SAFE_INTEGER });
await answerQuery(engine, queries[0]!);
const cold = { hashedMB: +(hashed / MB).toFixed(2), readMB: +(reader.tally().bytes / MB).toFixed(2) };
for (const query of queries) await answerQuery(engine, query);
const firstPass = { hashedMB: +(hashed / MB).toFixed(1), readMB: +(reader.tally().bytes / MB).toFixed(1) };
process.stdout.write(`${JSON.stringify({ index, coldQuery: queries[0], cold, firstPass })}\n`);
