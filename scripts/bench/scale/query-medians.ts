// `npx tsx scripts/bench/scale/query-medians.ts --index DIR [--cache-mib N] [--repeats N] QUERY...`: for each query,
// the median time to answer it as GET /search does (first page, snippets), on a warm engine; one JSON object on stdout.
//
// bench:scale reports percentiles over a whole query set; this isolates one query's cost, to see what a
// change does to the queries it targets. Each query is answered once to warm the engine, then `repeats`
// times. The cache budget defaults to 512 MiB, so the figure is the cost of answering, not of reading.

import { parseArgs } from 'node:util';
import { loadEngine } from '../../../src/loading/load-engine';
import { createDiskReader } from '../../fuzz/read-index-from-disk';
import { answerQuery } from './answer-query';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { index: { type: 'string' }, 'cache-mib': { type: 'string', default: '512' }, repeats: { type: 'string', default: '15' } },
});
if (values.index === undefined || positionals.length === 0) {
  process.stderr.write('usage: npx tsx scripts/bench/scale/query-medians.ts --index DIR [--cache-mib N] [--repeats N] QUERY...\n');
  process.exit(2);
}
const engine = await loadEngine(createDiskReader(values.index), { cacheBytes: Number(values['cache-mib']) * 1024 * 1024 });
const medians: Record<string, number> = {};
for (const q of positionals) {
  await answerQuery(engine, q);
  const times: number[] = [];
  for (let run = 0; run < Number(values.repeats); run++) {
    const started = performance.now();
    await answerQuery(engine, q);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  medians[q] = Number(times[Math.floor(times.length / 2)]!.toFixed(2));
}
process.stdout.write(
  `${JSON.stringify({ index: values.index, cacheMib: Number(values['cache-mib']), repeats: Number(values.repeats), medianMs: medians })}\n`,
);
