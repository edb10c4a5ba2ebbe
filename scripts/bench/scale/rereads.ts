// `npx tsx scripts/bench/scale/rereads.ts --index DIR [--cache-mib N] [--rounds 3]`: the news queries answered round
// after round on one engine, and what each round read from the index (bytes, files) and how long a query took on average;
// one JSON object on stdout.
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
const reader = countReads(createDiskReader(index));
const engine = await loadEngine(reader, { cacheBytes });
const queries = readBenchQueries();

const rounds = [];
for (let round = 0; round < Number(values.rounds); round++) {
  reader.mark();
  const started = performance.now();
  for (const query of queries) await answerQuery(engine, query);
  const elapsed = performance.now() - started;
  const { bytes, files } = reader.tally();
  rounds.push({ round, readMib: +(bytes / MIB).toFixed(1), files: files.size, meanMsPerQuery: +(elapsed / queries.length).toFixed(2) });
}
process.stdout.write(`${JSON.stringify({ index, cacheMib: +(cacheBytes / MIB).toFixed(1), queries: queries.length, rounds })}\n`);
