// `npx tsx scripts/bench/scale/row-compression.ts --index DIR [--pieces 10]`: what compressing each document row on its
// own would do: the compressed share of the rows' bytes, and the time to inflate one row with node:zlib and with the
// web-standard DecompressionStream the worker would use; one JSON object on stdout.
//
// Document pieces are half of what a query reads at a million articles (rereads.ts), and a hit needs one row of its
// piece. This measures the case for deflating rows one by one before any format change is made.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { deflateSync, inflateSync } from 'node:zlib';
import { readRowsHeader } from '../../../src/index-format/rows-piece';
import { median } from '../stats';
import { indexArgument } from './index-argument';

const { values } = parseArgs({ options: { index: { type: 'string' }, pieces: { type: 'string', default: '10' } } });
const index = indexArgument(values.index, 'npx tsx scripts/bench/scale/row-compression.ts --index DIR [--pieces 10]');
const folder = join(index, 'pieces');
const rows: Uint8Array[] = [];
for (const name of readdirSync(folder)
  .filter((file) => file.endsWith('.rows'))
  .slice(0, Number(values.pieces))) {
  const bytes = new Uint8Array(readFileSync(join(folder, name)));
  const header = readRowsHeader(bytes);
  if (typeof header === 'string') throw new Error(`${name}: ${header}`);
  for (let row = 0; row + 1 < header.starts.length; row++) rows.push(bytes.slice(header.starts[row]!, header.starts[row + 1]!));
}
const compressed = rows.map((row) => new Uint8Array(deflateSync(row, { level: 9 })));
const sum = (arrays: readonly Uint8Array[]) => arrays.reduce((total, array) => total + array.length, 0);

async function inflateByStream(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Microseconds a row, the median of three passes over every row (the first pass is not counted). */
async function timePerRow(inflate: (bytes: Uint8Array) => unknown): Promise<number> {
  const passes: number[] = [];
  for (let pass = 0; pass < 4; pass++) {
    const started = performance.now();
    for (const bytes of compressed) await inflate(bytes);
    if (pass > 0) passes.push(((performance.now() - started) * 1000) / compressed.length);
  }
  return +median(passes).toFixed(1);
}

process.stdout.write(
  `${JSON.stringify({
    index,
    rows: rows.length,
    meanRowBytes: Math.round(sum(rows) / rows.length),
    compressedShare: +(sum(compressed) / sum(rows)).toFixed(3),
    zlibInflateMicrosPerRow: await timePerRow((bytes) => inflateSync(bytes)),
    decompressionStreamMicrosPerRow: await timePerRow(inflateByStream),
  })}\n`,
);
