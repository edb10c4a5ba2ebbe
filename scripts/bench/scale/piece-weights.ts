// `npx tsx scripts/bench/scale/piece-weights.ts --index DIR`: what each kind of piece weighs in memory once decoded,
// against the weight the piece store charges for it (PieceDecoder.weight), one fresh process per kind; JSON lines on stdout.
//
// The store keeps decoded pieces under a budget in bytes, charging each piece its size × its decoder's
// weight. This measures the real multiple: V8 heap plus array buffers after garbage collection, with
// only that kind's pieces read, so the budget stays an honest bound on an isolate's memory.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Manifest, SegmentRoot } from '../../../src/index-format/artefacts';
import type { TermBlock } from '../../../src/index-format/term-block';
import { COLUMNS_DECODER, DIRECTORY_DECODER, DOCUMENTS_DECODER, ID_BUCKET_DECODER } from '../../../src/loading/document-reader';
import type { PieceDecoder } from '../../../src/loading/piece-store';
import { LEXICON_DECODER, TERM_BLOCK_DECODER } from '../../../src/loading/term-view';

/** Term blocks with every posting list decoded: the most a block can come to hold while it is kept. */
const FULL_TERM_BLOCK_DECODER: PieceDecoder<TermBlock> = {
  ...TERM_BLOCK_DECODER,
  decode: (bytes, name, grow, checks) => {
    const block = TERM_BLOCK_DECODER.decode(bytes, name, grow, checks);
    for (let position = 0; position < block.terms.length; position++) {
      // A list stored in blocks decodes only its directory until its arrays are read.
      for (const fieldId of block.fieldsAt(position)) void block.postingList(position, fieldId)?.documents;
    }
    return block;
  },
};

const KINDS: Record<string, { decoder: PieceDecoder<unknown>; pieces: (root: SegmentRoot, json: <T>(name: string) => T) => readonly string[] }> = {
  'term block': { decoder: TERM_BLOCK_DECODER, pieces: (root) => root.blocks.pieces },
  'term block, every list decoded': { decoder: FULL_TERM_BLOCK_DECODER, pieces: (root) => root.blocks.pieces },
  'lexicon group': { decoder: LEXICON_DECODER, pieces: (root) => root.lexicon.pieces },
  'document directory': { decoder: DIRECTORY_DECODER, pieces: (root) => root.documentDirectory },
  'document piece': { decoder: DOCUMENTS_DECODER, pieces: (root, json) => root.documentDirectory.flatMap((chunk) => json<string[]>(chunk)) },
  'column piece': { decoder: COLUMNS_DECODER, pieces: (root) => [root.columns] },
  'id bucket': { decoder: ID_BUCKET_DECODER, pieces: (root) => root.idBuckets },
};

/** At most this many pieces of a kind are decoded: enough for a stable ratio, few enough for any index. */
const SAMPLE = 400;

const { values } = parseArgs({ options: { index: { type: 'string' }, kind: { type: 'string' } } });
if (values.index === undefined) throw new Error('usage: piece-weights.ts --index DIR [--kind KIND]');
const dir = values.index;
const json = <T>(name: string): T => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;

/** Heap and array buffers in use, after collections that also release the buffers of files already dropped. */
async function held(): Promise<number> {
  for (let pass = 0; pass < 3; pass++) {
    (globalThis as { gc?: () => void }).gc?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

if (values.kind === undefined) {
  for (const kind of Object.keys(KINDS)) {
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', import.meta.filename, '--index', dir, '--kind', kind], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`piece-weights: ${kind} failed\n${child.stderr}`);
    process.stdout.write(child.stdout);
  }
} else {
  const spec = KINDS[values.kind];
  if (spec === undefined) throw new Error(`piece-weights: no kind ${values.kind}; kinds: ${Object.keys(KINDS).join(', ')}`);
  const manifest = json<Manifest>('manifest.json');
  const names = manifest.segments.flatMap((segment) => spec.pieces(json<SegmentRoot>(segment.root), json)).slice(0, SAMPLE);
  let rawBytes = 0;
  let grown = 0;
  const before = await held();
  // Each piece is read and decoded as the store does: its bytes are dropped unless the decoded value keeps them.
  const kept = names.map((name) => {
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    rawBytes += bytes.length;
    return spec.decoder.decode(
      bytes,
      name,
      (extra) => {
        grown += extra;
      },
      (count) => new Uint8Array(count),
    );
  });
  const after = await held();
  // What the store would charge: size × weight, its extra bytes (+ 256 a piece), plus what the pieces reported as they grew.
  const extraBytes = kept.reduce((sum: number, value) => sum + (spec.decoder.extraBytes?.(value) ?? 0), 0);
  const chargedBytes = Math.round(rawBytes * spec.decoder.weight + extraBytes + 256 * kept.length + grown);
  const heldBytes = after - before;
  process.stdout.write(
    `${JSON.stringify({ kind: values.kind, pieces: kept.length, rawBytes, heldBytes, chargedBytes, heldPerRawByte: Number((heldBytes / rawBytes).toFixed(2)), heldPerCharged: Number((heldBytes / chargedBytes).toFixed(2)) })}\n`,
  );
}
