// `npx tsx scripts/bench/scale/warm-profile.ts --index DIR [--cache-mib 48] [--rounds 3] [--out FILE.cpuprofile]`: where
// warm answers spend their time under a cache budget. One round of the news queries warms the engine, then the
// next rounds run under V8's sampling profiler; prints the functions with the largest inclusive and self shares as
// one JSON object, and with --out keeps the profile for Chrome DevTools.

import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { loadEngine } from '../../../src/loading/load-engine';
import { createDiskReader } from '../../fuzz/read-index-from-disk';
import { readBenchQueries } from '../queries';
import { answerQuery } from './answer-query';
import { indexArgument } from './index-argument';

const USAGE = 'npx tsx scripts/bench/scale/warm-profile.ts --index DIR [--cache-mib 48] [--rounds 3] [--out FILE.cpuprofile]';
const { values } = parseArgs({
  options: {
    index: { type: 'string' },
    'cache-mib': { type: 'string', default: '48' },
    rounds: { type: 'string', default: '3' },
    out: { type: 'string' },
  },
});
const dir = indexArgument(values.index, USAGE);

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
}

const engine = await loadEngine(createDiskReader(dir), { cacheBytes: Number(values['cache-mib']) * 1024 * 1024 });
const queries = readBenchQueries();
for (const q of queries) await answerQuery(engine, q);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const started = performance.now();
for (let round = 0; round < Number(values.rounds); round++) for (const q of queries) await answerQuery(engine, q);
const elapsedMs = performance.now() - started;
const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
if (values.out !== undefined) writeFileSync(values.out, JSON.stringify(profile));

/** A function as `name file`, the file relative to the repository where it is one of ours. */
const label = ({ callFrame }: ProfileNode): string =>
  `${callFrame.functionName || '(anonymous)'} ${callFrame.url.replace(/^.*\/(src|scripts|node:)/, '$1')}`;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const sample of profile.samples) {
  const leaf = byId.get(sample)!;
  self.set(label(leaf), (self.get(label(leaf)) ?? 0) + 1);
  // A recursive function is counted once per sample.
  const seen = new Set<string>();
  for (let id: number | undefined = sample; id !== undefined; id = parentOf.get(id)) {
    const name = label(byId.get(id)!);
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
  }
}
const top = (counts: Map<string, number>, limit: number): Record<string, number> =>
  Object.fromEntries(
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, samples]) => [name, +((100 * samples) / profile.samples.length).toFixed(1)]),
  );
process.stdout.write(
  `${JSON.stringify({ index: dir, queries: queries.length, rounds: Number(values.rounds), elapsedMs: Math.round(elapsedMs), selfPercent: top(self, 20), inclusivePercent: top(inclusive, 30) }, null, 1)}\n`,
);
