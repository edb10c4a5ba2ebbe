// Corrupt artefacts: the loader refuses them with a message that says why, and the app answers 503 on /search and /health, never wrong results.

import { beforeAll, describe, expect, it } from 'vitest';
import { MIN_BODY_SHARD_SIZE, CATALOG_FILE, MANIFEST_FILE, SEARCH_INDEX_FILE, bodyShardFile } from '../../src/index-format/artefacts';
import { ANALYZER_VERSION, FORMAT_VERSION } from '../../src/index-format/versions';
import { IndexUnavailableError, type IndexProblem } from '../../src/loading/index-unavailable-error';
import { loadEngine } from '../../src/loading/load-engine';
import { sha256Hex } from '../../src/text/sha256';
import { article, buildFiles, createMemoryApp, createMemoryReader } from './in-memory-index';

type Files = Map<string, Uint8Array>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** A word only articles in the first body shard carry, and one only the second shard carries. */
const FIRST_SHARD_WORD = 'قرطاج';
const SECOND_SHARD_WORD = 'القيروان';

let pristine: Files;

beforeAll(async () => {
  const articles = Array.from({ length: MIN_BODY_SHARD_SIZE + 5 }, (_, i) =>
    article(`a${i}`, `خبر رقم ${i}`, `${i < MIN_BODY_SHARD_SIZE ? FIRST_SHARD_WORD : SECOND_SHARD_WORD} تستقبل الزوار في موسم الصيف رقم ${i}.`),
  );
  pristine = await buildFiles(articles);
});

const copy = (files: Files): Files => new Map([...files].map(([name, bytes]) => [name, bytes.slice()]));
const manifestOf = (files: Files): Record<string, unknown> => JSON.parse(decoder.decode(files.get(MANIFEST_FILE))) as Record<string, unknown>;
const withManifest = (files: Files, edit: (manifest: Record<string, unknown>) => unknown): Files =>
  new Map(files).set(MANIFEST_FILE, encoder.encode(JSON.stringify(edit(manifestOf(files)))));

function flipByte(files: Files, name: string): Files {
  const changed = copy(files);
  const bytes = changed.get(name)!;
  const at = Math.floor(bytes.length / 2);
  bytes[at] = bytes[at]! ^ 0x01;
  return changed;
}

function truncate(files: Files, name: string): Files {
  const bytes = files.get(name)!;
  return new Map(files).set(name, bytes.slice(0, Math.floor(bytes.length / 2)));
}

const CORRUPTIONS: readonly [string, (files: Files) => Files | Promise<Files>, IndexProblem, RegExp][] = [
  ['a missing manifest', (files) => { const without = new Map(files); without.delete(MANIFEST_FILE); return without; }, 'missing', /No index found: index-data\/manifest\.json does not exist/],
  ['a truncated manifest', (files) => truncate(files, MANIFEST_FILE), 'corrupt', /manifest\.json is not valid JSON/],
  ['a manifest that is JSON null', (files) => new Map(files).set(MANIFEST_FILE, encoder.encode('null')), 'corrupt', /manifest\.json is not a JSON object/],
  ['an older format version', (files) => withManifest(files, (m) => ({ ...m, formatVersion: FORMAT_VERSION - 1 })), 'version_mismatch', new RegExp(`format version ${FORMAT_VERSION - 1} .*reads format ${FORMAT_VERSION}`)],
  ['an older analyser version', (files) => withManifest(files, (m) => ({ ...m, analyzerVersion: ANALYZER_VERSION - 1 })), 'version_mismatch', new RegExp(`analyser version ${ANALYZER_VERSION - 1}`)],
  ['a truncated search index', (files) => truncate(files, SEARCH_INDEX_FILE), 'corrupt', /search-index\.json does not match the manifest/],
  ['a flipped byte in the search index', (files) => flipByte(files, SEARCH_INDEX_FILE), 'corrupt', /search-index\.json does not match the manifest/],
  ['a flipped byte in the catalog', (files) => flipByte(files, CATALOG_FILE), 'corrupt', /catalog\.json does not match the manifest/],
  ['a missing catalog', (files) => { const without = new Map(files); without.delete(CATALOG_FILE); return without; }, 'corrupt', /catalog\.json is missing/],
  ['a manifest that no longer lists a body shard', (files) => withManifest(files, (m) => { const listed = { ...(m.files as object) } as Record<string, unknown>; delete listed[bodyShardFile(1)]; return { ...m, files: listed }; }), 'corrupt', /does not list bodies\/0001\.json/],
  ['a manifest whose file entry has no hash', (files) => withManifest(files, (m) => ({ ...m, files: { ...(m.files as object), [CATALOG_FILE]: { bytes: 1 } } })), 'corrupt', /describes catalog\.json without a valid size and sha256/],
  ['a manifest whose document count disagrees with the files', (files) => withManifest(files, (m) => ({ ...m, documentCount: (m.documentCount as number) - 1 })), 'corrupt', /lists \d+ documents, the search index holds \d+/],
  [
    'a catalog rewritten with a matching hash but missing an article',
    async (files) => {
      const catalog = JSON.parse(decoder.decode(files.get(CATALOG_FILE))) as Record<string, unknown[]>;
      const shorter = encoder.encode(JSON.stringify(Object.fromEntries(Object.entries(catalog).map(([column, values]) => [column, values.slice(1)]))));
      const description = { bytes: shorter.length, sha256: await sha256Hex(shorter) };
      return withManifest(new Map(files).set(CATALOG_FILE, shorter), (m) => ({ ...m, files: { ...(m.files as object), [CATALOG_FILE]: description } }));
    },
    'corrupt',
    /catalog columns are not aligned/,
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
    expect(engine.manifest.documentCount).toBe(MIN_BODY_SHARD_SIZE + 5);
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
    await expect503(await app.request(`/search?q=${encodeURIComponent(FIRST_SHARD_WORD)}`), message);
    await expect503(await app.request('/health'), message);
  });
});

describe('a body shard lost or damaged after the index loaded', () => {
  const damaged: readonly [string, (files: Files) => Files, RegExp][] = [
    ['missing', (files) => { const without = new Map(files); without.delete(bodyShardFile(1)); return without; }, /bodies\/0001\.json is missing/],
    ['with a flipped byte', (files) => flipByte(files, bodyShardFile(1)), /bodies\/0001\.json does not match the manifest/],
  ];

  it.each(damaged)('answers 503 rather than hits without text when the shard is %s, and /health then says why', async (_name, damage, message) => {
    const app = createMemoryApp(damage(pristine));
    const healthy = await app.request(`/search?q=${encodeURIComponent(FIRST_SHARD_WORD)}`);
    expect(healthy.status).toBe(200);
    const hits = ((await healthy.json()) as { hits: { snippet: string }[] }).hits;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.snippet).toContain(`<mark>${FIRST_SHARD_WORD}</mark>`);
    await expect503(await app.request(`/search?q=${encodeURIComponent(SECOND_SHARD_WORD)}`), message);
    await expect503(await app.request('/health'), message);
  });
});
