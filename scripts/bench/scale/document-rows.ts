// `npx tsx scripts/bench/scale/document-rows.ts --index DIR [--pieces N] [--rounds N]`: the time to get one checked row
// out of each of the N largest document pieces of an index: hashing the whole piece, as format 8 checked a piece
// against its name, then decoding the row, against DocumentRows (the header hashed, then the row's bytes hashed and
// decoded: format 9); medians over the rounds, one JSON object on stdout.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Manifest, SegmentRoot } from '../../../src/index-format/artefacts';
import { rowsHeaderLineOf } from '../../../src/index-format/rows-piece';
import { DocumentRows } from '../../../src/loading/document-rows';
import { sha256Hex } from '../../../src/text/sha256';
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

const timed = async (work: (piece: Uint8Array, row: number) => Promise<unknown>) => {
  const times: number[] = [];
  for (let round = 0; round < Number(values.rounds); round++) {
    const started = performance.now();
    for (const [index, piece] of pieces.entries()) await work(piece, rows[index]!);
    times.push(performance.now() - started);
  }
  return +median(times).toFixed(2);
};
const wholeMs = await timed(async (piece, row) => {
  await sha256Hex(piece);
  return new DocumentRows(piece).row(row);
});
const byRowMs = await timed(async (piece, row) => {
  await sha256Hex(rowsHeaderLineOf(piece)!);
  return new DocumentRows(piece).row(row);
});
process.stdout.write(
  `${JSON.stringify({ index: dir, pieces: pieces.length, bytes: pieces.reduce((sum, piece) => sum + piece.length, 0), wholeMs, byRowMs })}\n`,
);
