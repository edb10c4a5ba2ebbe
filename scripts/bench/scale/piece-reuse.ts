// `npx tsx scripts/bench/scale/piece-reuse.ts --index DIR [--cache-mib 48] [--weight 4]`: the pieces each news query
// reads on a fresh engine, and how much of that a cache could ever save; one JSON object on stdout.
//
// rereads.ts shows a warm round re-reading hundreds of MiB under the budget. This asks whether a better eviction
// policy could help: it sums what the queries read one by one, what they share, and an estimate of what a cache of
// the given budget would save per round if it held the most shared pieces for good (a piece is charged `weight`
// times its bytes, about what a term block costs once its lists are decoded).

import { parseArgs } from 'node:util';
import { loadEngine } from '../../../src/loading/load-engine';
import { createDiskReader } from '../../fuzz/read-index-from-disk';
import { readBenchQueries } from '../queries';
import { answerQuery } from './answer-query';
import { indexArgument } from './index-argument';

const MIB = 1024 * 1024;

const { values } = parseArgs({
  options: { index: { type: 'string' }, 'cache-mib': { type: 'string', default: '48' }, weight: { type: 'string', default: '4' } },
});
const index = indexArgument(values.index, 'npx tsx scripts/bench/scale/piece-reuse.ts --index DIR [--cache-mib 48] [--weight 4]');
const queries = readBenchQueries();

const uses = new Map<string, number>();
const sizes = new Map<string, number>();
const readByKind = new Map<string, number>();
let readInAll = 0;
for (const query of queries) {
  const disk = createDiskReader(index);
  let recording = false;
  const engine = await loadEngine(
    {
      async read(name) {
        const bytes = await disk.read(name);
        if (recording && bytes !== null) {
          uses.set(name, (uses.get(name) ?? 0) + 1);
          sizes.set(name, bytes.length);
          const kind = name.slice(name.lastIndexOf('.') + 1);
          readByKind.set(kind, (readByKind.get(kind) ?? 0) + bytes.length);
          readInAll += bytes.length;
        }
        return bytes;
      },
    },
    { cacheBytes: Number.MAX_SAFE_INTEGER },
  );
  recording = true;
  await answerQuery(engine, query);
}

// A piece kept for good saves every read of it after the first: (uses − 1) × its bytes, for its bytes × weight of
// budget. So the most saved per byte of budget comes from the most used pieces first.
const budget = Number(values['cache-mib']) * MIB;
const weight = Number(values.weight);
const byValue = [...sizes].sort(([a], [b]) => uses.get(b)! - uses.get(a)!);
let charged = 0;
let savedPerRound = 0;
for (const [name, size] of byValue) {
  if (uses.get(name)! < 2 || charged + size * weight > budget) continue;
  charged += size * weight;
  savedPerRound += (uses.get(name)! - 1) * size;
}
const mib = (bytes: number) => +(bytes / MIB).toFixed(1);
const distinct = [...sizes.values()].reduce((sum, size) => sum + size, 0);
const mostShared = [...uses]
  .sort(([, a], [, b]) => b - a)
  .slice(0, 5)
  .map(([name, count]) => ({ name, queries: count, kib: Math.round(sizes.get(name)! / 1024) }));
process.stdout.write(
  `${JSON.stringify({
    index,
    queries: queries.length,
    readMibQueryByQuery: mib(readInAll),
    readMibByKind: Object.fromEntries([...readByKind].map(([kind, bytes]) => [kind, mib(bytes)])),
    distinctPieces: sizes.size,
    distinctMib: mib(distinct),
    mostShared,
    budgetMib: mib(budget),
    bestKeptSavesMibPerRound: mib(savedPerRound),
  })}\n`,
);
