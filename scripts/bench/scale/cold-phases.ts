// `npx tsx scripts/bench/scale/cold-phases.ts --index DIR [--query Q]`: one cold query split into its phases, in this
// fresh process: loading the index, planning (reading and decoding the dictionary pieces), the first ranking, and
// reading the page's documents. The pieces the query reads are read into memory first, so no phase waits for the disk:
// a first run in a child process lists them. One JSON object on stdout; run it several times (the JIT is part of it).

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createMemoryReader } from '../../../src/loading/artefact-reader';
import { loadEngine, withReadBudget } from '../../../src/loading/load-engine';
import { ReadBudget } from '../../../src/loading/read-budget';
import { parseQuery } from '../../../src/query/parse-query';
import { runSearch } from '../../../src/search/run-search';
import { planSearch, rankInFull, rankTop } from '../../../src/search/search';
import { createDiskReader } from '../../fuzz/read-index-from-disk';
import { answerQuery } from './answer-query';
import { countReads } from './counting-reader';
import { indexArgument } from './index-argument';

const USAGE = 'npx tsx scripts/bench/scale/cold-phases.ts --index DIR [--query Q]';
const { values } = parseArgs({
  options: { index: { type: 'string' }, query: { type: 'string', default: 'اقالة ناجي جلول' }, list: { type: 'boolean', default: false } },
});
const dir = indexArgument(values.index, USAGE);
const q = values.query;

if (values.list) {
  // The child: answer once from disk and name every file read.
  const reader = countReads(createDiskReader(dir));
  await answerQuery(await loadEngine(reader), q);
  process.stdout.write(JSON.stringify([...reader.tally().files]));
  process.exit(0);
}

const listed = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--index', dir, '--query', q, '--list'], { encoding: 'utf8' });
if (listed.status !== 0) throw new Error(`listing the pieces failed: ${listed.stderr}`);
const files = new Map<string, Uint8Array>();
for (const name of JSON.parse(listed.stdout) as string[]) files.set(name, readFileSync(join(dir, name)));

const time = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const started = performance.now();
  const value = await work();
  return [value, +(performance.now() - started).toFixed(1)];
};
const [engine, loadMs] = await time(() => loadEngine(createMemoryReader(files)));
const view = withReadBudget(engine, new ReadBudget());
const query = parseQuery(q);
const [planned, planMs] = await time(() => view.complete(() => planSearch(view, query)));
const [, rankMs] = await time(() => rankTop(planned, 10, () => rankInFull(planned)));
const outcome = await runSearch(view, { query, filters: {}, sort: 'relevance', facets: [], offset: 0, limit: 10 });
const [, documentsMs] = await time(() => view.documents(outcome.page.map((article) => article.ordinal)));
process.stdout.write(`${JSON.stringify({ index: dir, query: q, loadMs, planMs, rankMs, documentsMs })}\n`);
