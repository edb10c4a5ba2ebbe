// `npx tsx scripts/bench/scale/first-answers.ts --index DIR [--top 10]`: each news query answered for the first time
// on an engine that has answered only the first query, with the default cache budget: what bench:scale's first pass
// times, named by query, with the files and bytes each read; one JSON object on stdout, slowest first.
//
// Every file the queries read is held in memory before the clock starts, and a throwaway engine has answered them
// all once, so the code is compiled: a first answer's time is then reading its pieces (a copy), checking and
// decoding them, and the work itself. bench:scale's first-pass p99 is one or two queries; this says which, and why.

import { parseArgs } from 'node:util';
import { loadEngine } from '../../../src/loading/load-engine';
import { createDiskReader } from '../../fuzz/read-index-from-disk';
import { readBenchQueries } from '../queries';
import { answerQuery } from './answer-query';
import { countReads } from './counting-reader';
import { indexArgument } from './index-argument';

const { values } = parseArgs({ options: { index: { type: 'string' }, top: { type: 'string', default: '10' } } });
const index = indexArgument(values.index, 'npx tsx scripts/bench/scale/first-answers.ts --index DIR [--top 10]');
const queries = readBenchQueries();

const disk = createDiskReader(index);
const held = new Map<string, Uint8Array>();
// Fresh bytes on every read, as a fetch gives.
const reader = countReads({
  async read(name) {
    let bytes = held.get(name);
    if (bytes === undefined) {
      const read = await disk.read(name);
      if (read === null) return null;
      held.set(name, read);
      bytes = read;
    }
    return bytes.slice();
  },
});

const warming = await loadEngine(reader, { cacheBytes: 1024 ** 3 });
for (const query of queries) await answerQuery(warming, query);

const engine = await loadEngine(reader);
await answerQuery(engine, queries[0]!);
const rows = [];
for (const query of queries.slice(1)) {
  reader.mark();
  const started = performance.now();
  await answerQuery(engine, query);
  const ms = performance.now() - started;
  const { files, bytes } = reader.tally();
  rows.push({ query, ms: +ms.toFixed(1), files: files.size, megabytes: +(bytes / 2 ** 20).toFixed(2) });
}
rows.sort((a, b) => b.ms - a.ms);
process.stdout.write(`${JSON.stringify({ index, queries: rows.length, slowest: rows.slice(0, Number(values.top)) })}\n`);
