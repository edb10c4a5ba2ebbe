// `npx tsx scripts/bench/scale/budget-cuts.ts --index DIR [--queries FILE]`: for each query, on a freshly loaded engine,
// the pieces its first page read and whether the per-request read budget cut it short; one JSON object on stdout.
//
// A fresh engine per query is the worst case a Worker meets (a cold isolate, nothing cached), so the most
// pieces read here bounds the subrequests of any request for these queries. Queries default to the 165
// news queries (eval/news/queries.jsonl); scripts/bench/worst-case-queries.jsonl holds queries built to fan out.

import { parseArgs } from 'node:util';
import { loadEngine } from '../../../src/loading/load-engine';
import { createDiskReader } from '../../fuzz/read-index-from-disk';
import { readBenchQueries } from '../queries';
import { answerQuery } from './answer-query';
import { indexArgument } from './index-argument';

const { values } = parseArgs({ options: { index: { type: 'string' }, queries: { type: 'string', default: 'eval/news/queries.jsonl' } } });
const index = indexArgument(values.index, 'npx tsx scripts/bench/scale/budget-cuts.ts --index DIR [--queries FILE]');
const queries = readBenchQueries(values.queries);

const cut: string[] = [];
let most = { reads: 0, query: '' };
for (const q of queries) {
  const disk = createDiskReader(index);
  let reads = 0;
  const engine = await loadEngine({
    read: (name) => {
      reads++;
      return disk.read(name);
    },
  });
  const afterLoad = reads;
  if ((await answerQuery(engine, q)).cut) cut.push(q);
  if (reads - afterLoad > most.reads) most = { reads: reads - afterLoad, query: q };
}
process.stdout.write(`${JSON.stringify({ index, queries: queries.length, cut: cut.length, cutQueries: cut, mostPiecesOneQuery: most })}\n`);
