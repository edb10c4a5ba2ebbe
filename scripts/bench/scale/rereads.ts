// `npx tsx scripts/bench/scale/rereads.ts --index DIR [--cache-mib N] [--rounds 3]`: the news queries answered round
// after round on one engine, and what each round read from the index (bytes and files, in all and by kind of piece:
// term blocks, document rows, JSON pieces) and how long a query took on average; one JSON object on stdout.
//
// bench:scale's warm figures are the rounds after the first. When they are much slower than slowest-queries.ts (which
// keeps every piece), this says whether the cache's budget is why: a round that still reads hundreds of MiB is paying
// for reading, hashing and decoding pieces again, not for ranking. The budget is the engine's default unless given.

import { parseArgs } from 'node:util';
import { loadEngine } from '../../../src/loading/load-engine';
import { DEFAULT_CACHE_BYTES } from '../../../src/loading/piece-store';
import { createDiskReader } from '../../fuzz/read-index-from-disk';
import { readBenchQueries } from '../queries';
import { answerQuery } from './answer-query';
import { countReads } from './counting-reader';
import { indexArgument } from './index-argument';

const MIB = 1024 * 1024;

const { values } = parseArgs({ options: { index: { type: 'string' }, 'cache-mib': { type: 'string' }, rounds: { type: 'string', default: '3' } } });
const index = indexArgument(values.index, 'npx tsx scripts/bench/scale/rereads.ts --index DIR [--cache-mib N] [--rounds 3]');
const cacheBytes = values['cache-mib'] === undefined ? DEFAULT_CACHE_BYTES : Number(values['cache-mib']) * MIB;
const disk = createDiskReader(index);
/** Bytes read by kind of piece (its file extension) since the round began. */
let byKind = new Map<string, number>();
const reader = countReads({
  async read(name) {
    const bytes = await disk.read(name);
    const kind = name.slice(name.lastIndexOf('.') + 1);
    byKind.set(kind, (byKind.get(kind) ?? 0) + (bytes?.length ?? 0));
    return bytes;
  },
});
const engine = await loadEngine(reader, { cacheBytes });
const queries = readBenchQueries();

const rounds = [];
for (let round = 0; round < Number(values.rounds); round++) {
  reader.mark();
  byKind = new Map();
  const started = performance.now();
  for (const query of queries) await answerQuery(engine, query);
  const elapsed = performance.now() - started;
  const { bytes, files } = reader.tally();
  const readMibByKind = Object.fromEntries([...byKind].map(([kind, read]) => [kind, +(read / MIB).toFixed(1)]));
  rounds.push({
    round,
    readMib: +(bytes / MIB).toFixed(1),
    readMibByKind,
    files: files.size,
    meanMsPerQuery: +(elapsed / queries.length).toFixed(2),
  });
}
process.stdout.write(`${JSON.stringify({ index, cacheMib: +(cacheBytes / MIB).toFixed(1), queries: queries.length, rounds })}\n`);
