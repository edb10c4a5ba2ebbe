// `npx tsx scripts/bench/scale/document-rows.ts --index DIR [--pieces N] [--rounds N]`: the time to get one row out of
// each of the N largest document pieces of an index, decoding each piece whole (as before 645b8e4) and through
// DocumentRows (only the row's bytes decoded); medians over the rounds, one JSON object on stdout.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Manifest, SegmentRoot, StoredDocumentRow } from '../../../src/index-format/artefacts';
import { DocumentRows } from '../../../src/loading/document-rows';
import { median } from '../stats';
import { indexArgument } from './index-argument';

const { values } = parseArgs({
  options: { index: { type: 'string' }, pieces: { type: 'string', default: '10' }, rounds: { type: 'string', default: '7' } },
});
const dir = indexArgument(values.index, 'npx tsx scripts/bench/scale/document-rows.ts --index DIR [--pieces N] [--rounds N]');
const read = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const json = <T>(name: string) => JSON.parse(new TextDecoder().decode(read(name))) as T;

const names: string[] = [];
for (const segment of json<Manifest>('manifest.json').segments) {
  for (const chunk of json<SegmentRoot>(segment.root).documentDirectory) names.push(...json<string[]>(chunk));
}
const pieces = names
  .map(read)
  .sort((a, b) => b.length - a.length)
  .slice(0, Number(values.pieces));
const row = (piece: Uint8Array) => Math.floor(new DocumentRows(piece).count / 2);
const rows = pieces.map(row);

const timed = (work: () => void) => {
  const times: number[] = [];
  for (let round = 0; round < Number(values.rounds); round++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return +median(times).toFixed(2);
};
const wholeMs = timed(() => pieces.forEach((piece, index) => (JSON.parse(new TextDecoder().decode(piece)) as StoredDocumentRow[])[rows[index]!]));
const byRowMs = timed(() => pieces.forEach((piece, index) => new DocumentRows(piece).row(rows[index]!)));
process.stdout.write(
  `${JSON.stringify({ index: dir, pieces: pieces.length, bytes: pieces.reduce((sum, piece) => sum + piece.length, 0), wholeMs, byRowMs })}\n`,
);
