// What the build accepts and how it reads it: ids, unknown fields, Markdown and HTML files, folders, determinism.

import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../scripts/content/content-problem';
import { streamArticles } from '../../scripts/content/load-articles';
import { sourceHash } from '../../scripts/content/source-hash';
import type { Catalog } from '../support/read-catalog';
import { articleLine, makeProject, readBuiltCatalog, runCli, snapshotFolder } from './build-fixture';

async function buildCatalog(files: Record<string, string>): Promise<Catalog> {
  const root = makeProject(files);
  const run = await runCli(root, ['--content', 'content', '--out', 'out', '--quiet']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return await readBuiltCatalog(join(root, 'out'));
}

describe('build-index reading content', () => {
  it('accepts unknown fields and keeps them out of the index', async () => {
    const root = makeProject({ 'content/a.jsonl': `${articleLine({ id: 'a', internal_note: 'سري-للغاية' })}\n` });
    expect((await runCli(root, ['--content', 'content', '--out', 'out'])).code).toBe(0);
    const everything = Object.values(snapshotFolder(join(root, 'out'))).map((bytes) => Buffer.from(bytes, 'base64').toString('utf8'));
    expect(everything.join('\n')).not.toContain('سري');
  });

  it('keeps an integer id as a string', async () => {
    const catalog = await buildCatalog({ 'content/a.jsonl': `${articleLine({ id: 42 })}\n` });
    expect(catalog.ids).toEqual(['42']);
  });

  it('gives a Markdown article without an id the name of its file', async () => {
    const catalog = await buildCatalog({ 'content/rabat-tram.md': '---\ntitle: الترامواي\n---\n\nتوسيع **خط** الترامواي.\n' });
    expect(catalog.ids).toEqual(['rabat-tram']);
  });

  it('reads a Markdown body_file beside the article, whatever folder the build runs in', async () => {
    // The content sits deeper than the process's own folder, so a path taken from the display name would miss.
    const root = makeProject({
      'a/b/c/content/story.md': '---\nid: story\ntitle: قصة\nbody_file: ../texts/story.txt\n---\n',
      'a/b/c/texts/story.txt': 'نص القصة المحفوظ خارج المقال.',
    });
    const run = await runCli(root, ['--content', 'a/b/c/content', '--out', 'out', '--quiet']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const catalog = await readBuiltCatalog(join(root, 'out'));
    expect(catalog.ids).toEqual(['story']);
  });

  it('names the body_file line and where it looked when the file is not there', async () => {
    const root = makeProject({ 'content/story.md': '---\nid: story\ntitle: قصة\nbody_file: missing.txt\n---\n' });
    const run = await runCli(root, ['--content', 'content', '--out', 'out', '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`content/story.md:4: body_file missing.txt cannot be read (looked for ${join(root, 'content/missing.txt')})`);
  });

  it('reads a folder recursively, in a stable order', async () => {
    const catalog = await buildCatalog({
      'content/z.jsonl': `${articleLine({ id: 'top' })}\n`,
      'content/2023/11/deep.md': '---\ntitle: عميق\n---\n\nنص عميق.\n',
      'content/2023/list.json': `[${articleLine({ id: 'listed' })}]`,
    });
    expect(catalog.ids).toEqual(['deep', 'listed', 'top']);
  });

  it('reads an HTML page: title from <title>, text from the article, scripts and styles dropped', async () => {
    const root = makeProject({
      'content/page.html':
        '<html><head><title>افتتاح المعرض</title><style>p{}</style><meta name="date" content="2023-11-05"></head>' +
        '<body><nav>القائمة الرئيسية</nav><article><h1>افتتاح المعرض</h1><p>افتتح المعرض الدولي للكتاب.</p><script>var x="خفي";</script></article></body></html>',
    });
    expect((await runCli(root, ['--content', 'content', '--out', 'out'])).code).toBe(0);
    const catalog = await readBuiltCatalog(join(root, 'out'));
    expect(catalog.ids).toEqual(['page']);
    expect(catalog.titles).toEqual(['افتتاح المعرض']);
    expect(catalog.dates).toEqual(['2023-11-05']);
    expect(catalog.bodies).toEqual(['افتتح المعرض الدولي للكتاب.']);
  });

  it('builds the same index from a gzipped JSONL file as from the plain one', async () => {
    const lines = [1, 2, 3].map((id) => articleLine({ id, title: `خبر رقم ${id} عن تونس`, date: `2017-06-0${id}` })).join('\n');
    const plain = makeProject({ 'content/news.jsonl': `${lines}\n` });
    const gzipped = makeProject({ 'content/news.jsonl.gz': gzipSync(`${lines}\n`) });
    for (const root of [plain, gzipped]) expect((await runCli(root, ['--content', 'content', '--out', 'out', '--quiet'])).code).toBe(0);
    expect((await readBuiltCatalog(join(gzipped, 'out'))).ids).toEqual(['1', '2', '3']);
    expect(snapshotFolder(join(gzipped, 'out'))).toEqual(snapshotFolder(join(plain, 'out')));
  });

  it('treats a blank optional field as absent', async () => {
    const catalog = await buildCatalog({ 'content/a.jsonl': `${articleLine({ id: 1, category: '', source: ' ' })}\n` });
    expect(catalog.categories).toEqual([null]);
    expect(catalog.sources).toEqual([null]);
  });
});

describe('build-index output', () => {
  const CONTENT = {
    'content/news.jsonl': [1, 2, 3].map((id) => articleLine({ id, title: `خبر رقم ${id} عن المغرب`, date: '2023-11-05' })).join('\n'),
    'content/post.md': '---\ntitle: مقال\ntags: [أ, ب]\n---\n\nنص *المقال* عن الجزائر.\n',
  };

  it('is byte-identical for two builds of the same content', async () => {
    const root = makeProject(CONTENT);
    await runCli(root, ['--content', 'content', '--out', 'first']);
    await runCli(root, ['--content', 'content', '--out', 'second']);
    expect(snapshotFolder(join(root, 'second'))).toEqual(snapshotFolder(join(root, 'first')));
  });

  it('prints a summary with articles, segments, what changed, sizes and time', async () => {
    const root = makeProject(CONTENT);
    const run = await runCli(root, ['--content', 'content', '--out', 'out']);
    expect(run.stdout).toMatch(/4 articles in 1 segment\(s\) → out in [\d.]+s \(full build\)/);
    expect(run.stdout).toMatch(/\d+ files, [\d.]+ KiB; largest pieces\/[0-9a-f]+\.(json|bin|terms) [\d.]+ KiB \([\d.]+ KiB gzip\)/);
    expect(run.stderr).toMatch(/^build-index: 4 articles read$/m);
    const json = JSON.parse((await runCli(root, ['--content', 'content', '--out', 'out', '--json'])).stdout);
    expect(json).toMatchObject({
      articles: 4,
      files: expect.any(Number),
      rawBytes: expect.any(Number),
      changes: { mode: 'incremental', added: 0, edited: 0, deleted: 0, unchanged: 4 },
      uploaded: { files: 1, bytes: expect.any(Number) },
      seconds: expect.any(Number),
    });
  });

  it('neither parses nor validates a JSONL line whose bytes the previous index holds unchanged', async () => {
    // Not valid JSON: only a line that was never parsed can pass.
    const recognised = '{"id": 7, "title": "recognised by its bytes"';
    const root = makeProject({ 'content/news.jsonl': `${recognised}\n${articleLine({ id: 8 })}\n` });
    const problems: ContentProblem[] = [];
    const items = [];
    const recognise = (hash: string): string | undefined => (hash === sourceHash(Buffer.from(recognised)) ? '7' : undefined);
    for await (const item of streamArticles([join(root, 'content')], problems, root, recognise)) items.push(item);
    expect(problems).toEqual([]);
    expect(items).toEqual([{ unchangedId: '7', hash: sourceHash(Buffer.from(recognised)) }, expect.objectContaining({ id: '8' })]);
  });
});
