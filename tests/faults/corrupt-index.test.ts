// Corrupt artefacts: the loader refuses them with a message that says why, and the app answers 503 on /search and /health, never wrong results.

import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, type Manifest, MIN_DOCUMENTS_PER_PIECE, pieceFileName, type SegmentRoot } from '../../src/index-format/artefacts';
import { TermBlock, termBlockHeadOf } from '../../src/index-format/term-block';
import { ANALYZER_VERSION, FORMAT_VERSION } from '../../src/index-format/versions';
import { type IndexProblem, IndexUnavailableError } from '../../src/loading/index-unavailable-error';
import { loadEngine } from '../../src/loading/load-engine';
import { sha256Hex } from '../../src/text/sha256';
import { article, buildFiles, createMemoryApp, createMemoryReader } from './in-memory-index';

type Files = Map<string, Uint8Array>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** A word only articles in the first document piece carry, and one only the second piece carries. */
const FIRST_PIECE_WORD = 'قرطاج';
const SECOND_PIECE_WORD = 'القيروان';

let pristine: Files;

beforeAll(async () => {
  const articles = Array.from({ length: MIN_DOCUMENTS_PER_PIECE + 5 }, (_, i) =>
    article(`a${i}`, `خبر رقم ${i}`, `${i < MIN_DOCUMENTS_PER_PIECE ? FIRST_PIECE_WORD : SECOND_PIECE_WORD} تستقبل الزوار في موسم الصيف رقم ${i}.`, {
      category: i % 2 === 0 ? 'ثقافة' : 'سياحة',
    }),
  );
  pristine = await buildFiles(articles);
});

const copy = (files: Files): Files => new Map([...files].map(([name, bytes]) => [name, bytes.slice()]));
const manifestOf = (files: Files): Manifest => JSON.parse(decoder.decode(files.get(MANIFEST_FILE))) as Manifest;
const rootOf = (files: Files): SegmentRoot => JSON.parse(decoder.decode(files.get(manifestOf(files).segments[0]!.root))) as SegmentRoot;
const documentPieces = (files: Files): string[] =>
  rootOf(files).documentDirectory.flatMap((chunk) => JSON.parse(decoder.decode(files.get(chunk))) as string[]);
const withManifest = (files: Files, edit: (manifest: Record<string, unknown>) => unknown): Files =>
  new Map(files).set(MANIFEST_FILE, encoder.encode(JSON.stringify(edit(manifestOf(files) as unknown as Record<string, unknown>))));
const without = (files: Files, name: string): Files => {
  const kept = new Map(files);
  kept.delete(name);
  return kept;
};

/** `name` with its middle byte flipped, or the middle of its first `length` bytes. */
function flipByte(files: Files, name: string, length?: number): Files {
  const changed = copy(files);
  const bytes = changed.get(name)!;
  const at = Math.floor((length ?? bytes.length) / 2);
  bytes[at] = bytes[at]! ^ 0x01;
  return changed;
}

/**
 * The term block `name` with one byte of `damaged`'s postings flipped where `intact`'s still check out: its
 * head, and so its name, still match. A block checks its postings in spans of terms, so the two terms must
 * lie in different spans.
 */
function flipPostingsOf(files: Files, name: string, damaged: string, intact: string): Files {
  const bytes = files.get(name)!;
  const sha256 = (piece: Uint8Array) => new Uint8Array(createHash('sha256').update(piece).digest());
  const reads = (block: TermBlock, term: string) => {
    try {
      block.fieldsAt(block.find(term));
      return true;
    } catch {
      return false;
    }
  };
  for (let at = bytes.length - 1; at >= termBlockHeadOf(bytes)!.length; at--) {
    const changed = bytes.slice();
    changed[at]! ^= 0x01;
    if (!reads(new TermBlock(changed, undefined, sha256), damaged) && reads(new TermBlock(changed, undefined, sha256), intact)) {
      return new Map(files).set(name, changed);
    }
  }
  throw new Error(`${damaged} and ${intact} share their postings' check span in ${name}`);
}

function truncate(files: Files, name: string): Files {
  const bytes = files.get(name)!;
  return new Map(files).set(name, bytes.slice(0, Math.floor(bytes.length / 2)));
}

/** A segment root rewritten by hand and stored under its new hash, so only its content, not its name, is wrong. */
async function withRewrittenRoot(files: Files, edit: (root: SegmentRoot) => unknown): Promise<Files> {
  const bytes = encoder.encode(JSON.stringify(edit(rootOf(files))));
  const name = pieceFileName(await sha256Hex(bytes), 'json');
  const manifest = manifestOf(files);
  return withManifest(new Map(files).set(name, bytes), () => ({ ...manifest, segments: [{ ...manifest.segments[0]!, root: name }] }));
}

const CORRUPTIONS: readonly [string, (files: Files) => Files | Promise<Files>, IndexProblem, RegExp][] = [
  ['a missing manifest', (files) => without(files, MANIFEST_FILE), 'missing', /No index found: index-data\/manifest\.json does not exist/],
  ['a truncated manifest', (files) => truncate(files, MANIFEST_FILE), 'corrupt', /manifest\.json is not valid JSON/],
  [
    'a manifest that is JSON null',
    (files) => new Map(files).set(MANIFEST_FILE, encoder.encode('null')),
    'corrupt',
    /manifest\.json is not a JSON object/,
  ],
  [
    'an older format version',
    (files) => withManifest(files, (m) => ({ ...m, formatVersion: FORMAT_VERSION - 1 })),
    'version_mismatch',
    new RegExp(`format version ${FORMAT_VERSION - 1} .*reads format ${FORMAT_VERSION}`),
  ],
  [
    'an older analyser version',
    (files) => withManifest(files, (m) => ({ ...m, analyzerVersion: ANALYZER_VERSION - 1 })),
    'version_mismatch',
    new RegExp(`analyser version ${ANALYZER_VERSION - 1}`),
  ],
  [
    'a manifest without its segment list',
    (files) => withManifest(files, (m) => ({ ...m, segments: undefined })),
    'corrupt',
    /lists its segments without a valid root/,
  ],
  [
    'a manifest without field statistics',
    (files) => withManifest(files, (m) => ({ ...m, fieldLengthTotals: [] })),
    'corrupt',
    /lacks a field length total for every field/,
  ],
  [
    'a manifest counting more documents than its segments hold',
    (files) => withManifest(files, (m) => ({ ...m, documentCount: 1_000 })),
    'corrupt',
    /counts 1000 live documents, but its segments hold only \d+/,
  ],
  ['a missing segment root', (files) => without(files, manifestOf(files).segments[0]!.root), 'corrupt', /pieces\/[0-9a-f]+\.json is missing/],
  [
    'a flipped byte in the segment root',
    (files) => flipByte(files, manifestOf(files).segments[0]!.root),
    'corrupt',
    /does not match its name's hash/,
  ],
  ['a truncated segment root', (files) => truncate(files, manifestOf(files).segments[0]!.root), 'corrupt', /does not match its name's hash/],
  [
    'a segment root that lost its term blocks',
    (files) => withRewrittenRoot(files, (root) => ({ ...root, blocks: { first: ['a'], pieces: [] } })),
    'corrupt',
    /lists its term blocks without a piece for each/,
  ],
  [
    'a segment root holding fewer documents than the manifest lists',
    (files) => withRewrittenRoot(files, (root) => ({ ...root, documents: root.documents - 1 })),
    'corrupt',
    /does not hold the \d+ documents the manifest lists/,
  ],
];

async function expect503(response: Response, message: RegExp): Promise<void> {
  expect(response.status).toBe(503);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('index_unavailable');
  expect(body.error.message).toMatch(message);
  expect(body.error.message).toMatch(/npm run build:index/);
}

describe('loadEngine on corrupt artefacts', () => {
  it('loads the pristine build, so every failure below is the corruption’s doing', async () => {
    const engine = await loadEngine(createMemoryReader(pristine));
    expect(engine.manifest.documentCount).toBe(MIN_DOCUMENTS_PER_PIECE + 5);
    expect(engine.failure()).toBeNull();
  });

  it.each(CORRUPTIONS)('refuses %s with IndexUnavailableError and says why', async (_name, corrupt, problem, message) => {
    const error = await loadEngine(createMemoryReader(await corrupt(pristine))).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IndexUnavailableError);
    expect((error as IndexUnavailableError).problem).toBe(problem);
    expect((error as IndexUnavailableError).message).toMatch(message);
  });
});

describe('the app on corrupt artefacts', () => {
  it.each(CORRUPTIONS)('answers 503 with the reason on /search and /health for %s', async (_name, corrupt, _problem, message) => {
    const app = createMemoryApp(await corrupt(pristine));
    await expect503(await app.request(`/search?q=${encodeURIComponent(FIRST_PIECE_WORD)}`), message);
    await expect503(await app.request('/health'), message);
  });
});

describe('a piece lost or damaged after the index loaded', () => {
  const damaged: readonly [string, (files: Files) => Files][] = [
    ['missing', (files) => without(files, documentPieces(files)[1]!)],
    ['with a flipped byte', (files) => flipByte(files, documentPieces(files)[1]!)],
    ['truncated', (files) => truncate(files, documentPieces(files)[1]!)],
  ];

  it.each(damaged)('answers 503 for the searches whose page needs a document piece that is %s, and serves the others', async (_name, damage) => {
    const app = createMemoryApp(damage(pristine));
    const healthy = await app.request(`/search?q=${encodeURIComponent(FIRST_PIECE_WORD)}`);
    expect(healthy.status).toBe(200);
    const hits = ((await healthy.json()) as { hits: { snippet: string }[] }).hits;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.snippet).toContain(`<mark>${FIRST_PIECE_WORD}</mark>`);
    await expect503(
      await app.request(`/search?q=${encodeURIComponent(SECOND_PIECE_WORD)}`),
      /pieces\/[0-9a-f]+\.rows (is missing|does not match its name's hash|could not be read as a document piece \((row \d+ does not match its hash in the header|its rows do not add up to its length)\))/,
    );
    await expect503(await app.request('/health'), /pieces\/[0-9a-f]+\.rows/);
    expect((await app.request('/articles/a0')).status).toBe(200);
  });

  it("answers 503 for every search when the term block's head is damaged, while /articles/{id} still reads its documents", async () => {
    const name = rootOf(pristine).blocks.pieces[0]!;
    const app = createMemoryApp(flipByte(pristine, name, termBlockHeadOf(pristine.get(name)!)!.length));
    await expect503(await app.request(`/search?q=${encodeURIComponent(FIRST_PIECE_WORD)}`), /does not match its name's hash/);
    const stored = await app.request('/articles/a3');
    expect(stored.status).toBe(200);
    expect(((await stored.json()) as { body: string }).body).toContain(FIRST_PIECE_WORD);
  });

  it('answers 503 for the searches that need a term block the root names wrongly, before reading anything by that name', async () => {
    // manifest.json exists: had it been read as the block, the answer would be a hash mismatch, not this.
    const files = await withRewrittenRoot(pristine, (root) => ({
      ...root,
      blocks: { ...root.blocks, pieces: root.blocks.pieces.map(() => MANIFEST_FILE) },
    }));
    const app = createMemoryApp(files);
    await expect503(await app.request(`/search?q=${encodeURIComponent(FIRST_PIECE_WORD)}`), /names "manifest\.json", which is not a piece name/);
    expect((await app.request('/articles/a3')).status).toBe(200);
  });

  it('answers 503 for the searches that read a term whose postings were damaged, and keeps answering the others', async () => {
    // Enough articles that the two words' postings fall in different check spans of the block.
    const articles = Array.from({ length: 400 }, (_, i) =>
      article(`b${i}`, `خبر رقم ${i}`, `${i < 300 ? FIRST_PIECE_WORD : SECOND_PIECE_WORD} تستقبل الزوار في موسم الصيف رقم ${i}.`),
    );
    const files = await buildFiles(articles);
    const name = rootOf(files).blocks.pieces.find((piece) => new TermBlock(files.get(piece)!).find(SECOND_PIECE_WORD) >= 0)!;
    const app = createMemoryApp(flipPostingsOf(files, name, SECOND_PIECE_WORD, FIRST_PIECE_WORD));
    await expect503(
      await app.request(`/search?q=${encodeURIComponent(SECOND_PIECE_WORD)}`),
      /A term block is damaged: the postings of its terms .* do not match/,
    );
    const healthy = await app.request(`/search?q=${encodeURIComponent(FIRST_PIECE_WORD)}`);
    expect(healthy.status).toBe(200);
    expect(((await healthy.json()) as { hits: unknown[] }).hits.length).toBeGreaterThan(0);
  });

  it('answers 503 only for the filtered searches when the column piece is damaged', async () => {
    const app = createMemoryApp(flipByte(pristine, rootOf(pristine).columns));
    expect((await app.request(`/search?q=${encodeURIComponent(FIRST_PIECE_WORD)}`)).status).toBe(200);
    await expect503(
      await app.request(`/search?q=${encodeURIComponent(FIRST_PIECE_WORD)}&category=${encodeURIComponent('ثقافة')}`),
      /does not match its name's hash/,
    );
  });
});
