// `npx tsx scripts/bench/scale/typo-scans.ts --index DIR [--before TREE --before-index DIR] [--word WORD:EDITS]... [--repeats 15]`:
// a typo lookup's scan alone, warm: each word scanned over the lexicon groups within its edits, every piece already
// in memory, timed `repeats` times (the median), with the number of terms it found. One JSON object on stdout.
//
// first-answers.ts times a typo query's whole first answer, reading and checking its pieces included. This times
// the scan, and with --before the same scan by another checkout (a git worktree) over its own index, taking turns,
// so a change to the lexicon's layout is seen apart from what surrounds it. The words default to the two misspelt
// words of the news queries and their readings.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Manifest, SegmentRoot } from '../../../src/index-format/artefacts';
import { median } from '../stats';
import { indexArgument } from './index-argument';
import { importFromTree } from './tree-modules';

const USAGE = 'npx tsx scripts/bench/scale/typo-scans.ts --index DIR [--before TREE --before-index DIR] [--word WORD:EDITS]... [--repeats 15]';
const { values } = parseArgs({
  options: {
    index: { type: 'string' },
    before: { type: 'string' },
    'before-index': { type: 'string' },
    word: { type: 'string', multiple: true, default: ['بنسدرين:2', 'نسدرين:1', 'افروباسكت:2', 'سهام:1'] },
    repeats: { type: 'string', default: '15' },
  },
});
const index = indexArgument(values.index, USAGE);
if ((values.before === undefined) !== (values['before-index'] === undefined)) {
  process.stderr.write(`--before and --before-index go together\nusage: ${USAGE}\n`);
  process.exit(2);
}
const repeats = Number(values.repeats);
const words = values.word.map((spec) => {
  const [term = '', edits = ''] = spec.split(':');
  return { term, maxDistance: Number(edits), kept: 0 };
});

/** What is used of a checkout's lexicon module: each checkout is imported on its own, so nothing is shared. */
interface LexiconModule {
  decodeLexiconGroup(bytes: Uint8Array): unknown;
  addNearTerms(group: unknown, query: { term: string; maxDistance: number; kept: number }, found: Map<string, number>): void;
}

/** A scanner over one index's length groups (its first segment's) with one checkout's code. */
async function scannerOf(tree: string, dir: string) {
  const lexicon = await importFromTree<LexiconModule>(tree, 'src/index-format/lexicon.ts');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const root = JSON.parse(readFileSync(join(dir, manifest.segments[0]!.root), 'utf8')) as SegmentRoot;
  const groups = root.lexicon.lengths.map((length, at) => ({
    length,
    group: lexicon.decodeLexiconGroup(new Uint8Array(readFileSync(join(dir, root.lexicon.pieces[at]!)))),
  }));
  return (query: (typeof words)[number]): { ms: number; found: number } => {
    const found = new Map<string, number>();
    const started = performance.now();
    for (const { length, group } of groups) if (Math.abs(length - query.term.length) <= query.maxDistance) lexicon.addNearTerms(group, query, found);
    return { ms: performance.now() - started, found: found.size };
  };
}

const after = await scannerOf('.', index);
const before = values.before === undefined ? undefined : await scannerOf(values.before, values['before-index']!);
/** A scanner's median time over `repeats` scans of `query`, and what it found (the same every time). */
const timed = (
  scan: ReturnType<typeof scannerOf> extends Promise<infer Scan> ? Scan : never,
  times: number[],
  query: (typeof words)[number],
): number => {
  const { ms, found } = scan(query);
  times.push(ms);
  return found;
};
const round = (ms: number) => Math.round(ms * 100) / 100;
const rows = words.map((query) => {
  const times = { after: [] as number[], before: [] as number[] };
  let found = 0;
  let beforeFound = 0;
  // Taking turns, so both see the same drift of a shared machine.
  for (let run = 0; run < repeats; run++) {
    found = timed(after, times.after, query);
    if (before !== undefined) beforeFound = timed(before, times.before, query);
  }
  return {
    word: query.term,
    edits: query.maxDistance,
    ms: round(median(times.after)),
    found,
    ...(before === undefined ? {} : { beforeMs: round(median(times.before)), beforeFound }),
  };
});
process.stdout.write(
  `${JSON.stringify({ index, ...(values.before === undefined ? {} : { before: values.before, beforeIndex: values['before-index'] }), repeats, rows })}\n`,
);
