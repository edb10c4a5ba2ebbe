// `npx tsx scripts/bench/scale/bit-packing.ts [--postings 400000] [--rounds 40]`: would bit-packed posting blocks
// (a bit width per block of 128 and per column, as Lucene packs them) decode faster than the varint triples of
// posting-blocks.ts? A seeded list of news-like postings, both encodings decoded whole in turns in one process;
// sizes and median milliseconds as one JSON line. The varint side is the format's own decoder.

import { parseArgs } from 'node:util';
import { decodeFieldPostings, encodeFieldPostings, POSTING_BLOCK_SIZE } from '../../../src/index-format/posting-blocks';
import { VarintReader, VarintWriter } from '../../../src/index-format/varint';
import { median } from '../stats';

const { values } = parseArgs({ options: { postings: { type: 'string', default: '400000' }, rounds: { type: 'string', default: '40' } } });
const count = Number(values.postings);
const rounds = Number(values.rounds);

let seed = 7;
const random = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const documents: number[] = [];
const frequencies: number[] = [];
const lengths: number[] = [];
let document = 0;
for (let index = 0; index < count; index++) {
  document += 1 + Math.floor(random() * random() * 8);
  documents.push(document);
  frequencies.push(1 + Math.floor(random() * random() * 8));
  lengths.push(20 + Math.floor(random() * 600));
}

const varintWriter = new VarintWriter();
encodeFieldPostings({ documents, frequencies, lengths }, varintWriter);
const varints = varintWriter.finish();

/** Per block and column: a width byte, then the values packed low bit first. */
function pack(): Uint8Array {
  const out: number[] = [];
  const column = (values: readonly number[], from: number, to: number): void => {
    let width = 0;
    for (let index = from; index < to; index++) width = Math.max(width, 32 - Math.clz32(values[index]!));
    out.push(width);
    let pending = 0;
    let bits = 0;
    for (let index = from; index < to; index++) {
      let value = values[index]!;
      for (let left = width; left > 0; ) {
        const take = Math.min(8 - bits, left);
        pending |= (value & ((1 << take) - 1)) << bits;
        value >>>= take;
        bits += take;
        left -= take;
        if (bits === 8) {
          out.push(pending);
          pending = 0;
          bits = 0;
        }
      }
    }
    if (bits > 0) out.push(pending);
  };
  const gaps = documents.map((value, index) => value - (index === 0 ? 0 : documents[index - 1]!));
  for (let start = 0; start < count; start += POSTING_BLOCK_SIZE) {
    const end = Math.min(count, start + POSTING_BLOCK_SIZE);
    column(gaps, start, end);
    column(frequencies, start, end);
    column(lengths, start, end);
  }
  return Uint8Array.from(out);
}
const packed = pack();

function unpackColumn(bytes: Uint8Array, from: number, out: Int32Array, start: number, end: number): number {
  let position = from;
  const width = bytes[position++]!;
  const mask = width === 32 ? -1 : (1 << width) - 1;
  let pending = 0;
  let bits = 0;
  for (let index = start; index < end; index++) {
    while (bits < width) {
      pending |= bytes[position++]! << bits;
      bits += 8;
    }
    out[index] = pending & mask;
    pending >>>= width;
    bits -= width;
  }
  return position;
}

function decodePacked(bytes: Uint8Array): Int32Array {
  const gaps = new Int32Array(count);
  const frequencyColumn = new Int32Array(count);
  const lengthColumn = new Int32Array(count);
  let position = 0;
  let last = 0;
  for (let start = 0; start < count; start += POSTING_BLOCK_SIZE) {
    const end = Math.min(count, start + POSTING_BLOCK_SIZE);
    position = unpackColumn(bytes, position, gaps, start, end);
    position = unpackColumn(bytes, position, frequencyColumn, start, end);
    position = unpackColumn(bytes, position, lengthColumn, start, end);
    for (let index = start; index < end; index++) {
      last += gaps[index]!;
      gaps[index] = last;
    }
  }
  return gaps;
}

const decodeVarints = (): Int32Array => decodeFieldPostings(varints, new VarintReader(varints), () => {}).documents;
for (const decoded of [decodeVarints(), decodePacked(packed)]) {
  if (decoded[count - 1] !== document) throw new Error('bit-packing: a decoder does not give back the list');
}
const times = { varints: [] as number[], packed: [] as number[] };
for (let round = 0; round < rounds; round++) {
  let started = performance.now();
  decodeVarints();
  times.varints.push(performance.now() - started);
  started = performance.now();
  decodePacked(packed);
  times.packed.push(performance.now() - started);
}
// The first rounds compile both loops; the medians are taken over the rest.
const settled = (list: number[]): number => +median(list.slice(Math.min(5, list.length - 1))).toFixed(3);
process.stdout.write(
  `${JSON.stringify({ postings: count, varintBytes: varints.length, packedBytes: packed.length, varintMs: settled(times.varints), packedMs: settled(times.packed) })}\n`,
);
