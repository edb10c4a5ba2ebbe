// `npm run bench:passes -- --index DIR`: pass-by-pass latency of the first page (search, then snippets) over the
// bench queries in one process, to show what the first pass pays for reading data for the first time.

import { parseArgs } from 'node:util';
import { presentHits } from '../../src/api/present-hits';
import { loadEngine } from '../../src/loading/load-engine';
import { parseQuery } from '../../src/query/parse-query';
import { findArticles } from '../../src/search/search';
import { DEFAULT_SNIPPET_LENGTH } from '../../src/snippets/make-snippet';
import { createDiskReader } from '../fuzz/read-index-from-disk';
import { PAGE_SIZE } from './bench-engine';
import { readBenchQueries } from './queries';
import { percentile } from './stats';

interface Timing {
  readonly query: string;
  readonly search: number;
  readonly snippets: number;
}

const USAGE = 'Usage: npm run bench:passes -- --index DIR [--passes N]   (DIR: an index built by npm run build:index)';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { index: { type: 'string' }, passes: { type: 'string', default: '5' } } });
  const passes = Number(values.passes);
  if (values.index === undefined || !Number.isInteger(passes) || passes < 1) throw new Error(USAGE);
  const engine = await loadEngine(createDiskReader(values.index));
  const queries = readBenchQueries();
  const ms = (value: number): string => value.toFixed(value >= 10 ? 1 : 2);
  console.log('| pass | search p50 | snippets p50 | total p50 | total p95 | total p99 | slowest |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (let pass = 1; pass <= passes; pass++) {
    const timings: Timing[] = [];
    for (const query of queries) {
      const started = performance.now();
      const parsed = parseQuery(query);
      const page = (await findArticles(engine, parsed)).top(PAGE_SIZE);
      const searched = performance.now();
      await presentHits(engine, page, { query: parsed, highlight: true, snippetLength: DEFAULT_SNIPPET_LENGTH });
      timings.push({ query, search: searched - started, snippets: performance.now() - searched });
    }
    const totals = timings.map((timing) => timing.search + timing.snippets);
    const slowest = timings.reduce((worst, timing) => (timing.search + timing.snippets > worst.search + worst.snippets ? timing : worst));
    console.log(
      `| ${pass} | ${ms(
        percentile(
          timings.map((t) => t.search),
          0.5,
        ),
      )} | ${ms(
        percentile(
          timings.map((t) => t.snippets),
          0.5,
        ),
      )} | ` +
        `${ms(percentile(totals, 0.5))} | ${ms(percentile(totals, 0.95))} | ${ms(percentile(totals, 0.99))} | ${slowest.query} ${ms(slowest.search + slowest.snippets)} |`,
    );
  }
}

try {
  await main();
} catch (error) {
  process.stderr.write(`bench:passes: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
