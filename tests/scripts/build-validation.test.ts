// The build refuses bad content with `file:line: what is wrong`, a non-zero exit, and the previous index untouched.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { articleLine, makeProject, runCli, snapshotFolder, writeFiles } from './build-fixture';

const GOOD = { 'content/good.jsonl': `${articleLine({ id: 'good-1' })}\n` };

/** Each row: a description, the bad content files, and the problem the build must report. */
const BAD_CONTENT: readonly [string, Record<string, string | Uint8Array>, RegExp][] = [
  [
    'a JSONL line that is not JSON',
    { 'content/news.jsonl': `${articleLine({ id: 1 })}\n{"id": 2, "title": \n` },
    /^content\/news\.jsonl:2: invalid JSON/m,
  ],
  [
    'a JSON array that is not JSON',
    { 'content/list.json': `[\n  {"id": "a", "title": "عنوان", "body": "نص"},\n  {"id": "b" "title": "x"}\n]\n` },
    /^content\/list\.json:3: invalid JSON/m,
  ],
  [
    'an article without a title',
    { 'content/news.jsonl': `${articleLine({ id: 1 })}\n${JSON.stringify({ id: 2, body: 'نص' })}\n` },
    /^content\/news\.jsonl:2: title is missing/m,
  ],
  [
    'a body that is only white space',
    { 'content/news.jsonl': `${articleLine({ id: 1, body: ' \n\t ' })}\n` },
    /^content\/news\.jsonl:1: body is empty/m,
  ],
  [
    'a date not written YYYY-MM-DD',
    { 'content/news.jsonl': `${articleLine({ id: 1, date: '05/11/2023' })}\n` },
    /^content\/news\.jsonl:1: date must be in the form YYYY-MM-DD/m,
  ],
  [
    'a date that does not exist',
    { 'content/news.jsonl': `${articleLine({ id: 1 })}\n${articleLine({ id: 2, date: '2023-02-30' })}\n` },
    /^content\/news\.jsonl:2: date is not a real calendar date/m,
  ],
  [
    'a file that is not UTF-8',
    { 'content/news.jsonl': Buffer.concat([Buffer.from(`${articleLine({ id: 1 })}\n`), Buffer.from([0x7b, 0xe9, 0xe8, 0x7d, 0x0a])]) },
    /^content\/news\.jsonl:2: not valid UTF-8/m,
  ],
  [
    'an id used in two files',
    { 'content/a.jsonl': `${articleLine({ id: 7 })}\n`, 'content/b/more.json': `[\n  ${articleLine({ id: '7' })}\n]\n` },
    /^content\/b\/more\.json:2: duplicate id "7" \(first used at content\/a\.jsonl:1\)/m,
  ],
  [
    'a gzipped JSONL line that is not JSON',
    { 'content/news.jsonl.gz': gzipSync(`${articleLine({ id: 1 })}\n{"id": 2, "title": \n`) },
    /^content\/news\.jsonl\.gz:2: invalid JSON/m,
  ],
  [
    'a gzipped JSONL line that is not UTF-8',
    { 'content/news.jsonl.gz': gzipSync(Buffer.concat([Buffer.from(`${articleLine({ id: 1 })}\n`), Buffer.from([0x7b, 0xe9, 0x7d, 0x0a])])) },
    /^content\/news\.jsonl\.gz:2: not valid UTF-8/m,
  ],
  [
    'a gzipped file cut short',
    { 'content/news.jsonl.gz': gzipSync(`${articleLine({ id: 1 })}\n${articleLine({ id: 2 })}\n`).subarray(0, 40) },
    /^content\/news\.jsonl\.gz:1: the gzip data is damaged or cut short/m,
  ],
  [
    'a .jsonl.gz file that is not gzipped',
    { 'content/news.jsonl.gz': `${articleLine({ id: 1 })}\n` },
    /^content\/news\.jsonl\.gz:1: the gzip data is damaged or cut short here \(incorrect header check\)/m,
  ],
  [
    'an id used in a gzipped and a plain file',
    { 'content/a.jsonl.gz': gzipSync(`${articleLine({ id: 'x' })}\n`), 'content/b.jsonl': `\n${articleLine({ id: 'x' })}\n` },
    /^content\/b\.jsonl:2: duplicate id "x" \(first used at content\/a\.jsonl\.gz:1\)/m,
  ],
  ['a Markdown file without a title', { 'content/post.md': '---\ndate: 2023-11-05\n---\n\nنص المقال.\n' }, /^content\/post\.md:1: title is missing/m],
];

describe('build-index with bad content', () => {
  it.each(BAD_CONTENT)('reports %s as file:line, exits 1 and leaves the previous index byte-for-byte intact', async (_, files, expected) => {
    const root = makeProject(GOOD);
    expect((await runCli(root, ['--content', 'content', '--out', 'index-data'])).code).toBe(0);
    const before = snapshotFolder(join(root, 'index-data'));

    writeFiles(root, files);
    const run = await runCli(root, ['--content', 'content', '--out', 'index-data']);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(expected);
    expect(run.stderr).toMatch(/nothing was written/);
    expect(snapshotFolder(join(root, 'index-data'))).toEqual(before);
  });

  it('lists every problem of every file in one run', async () => {
    const root = makeProject({
      'content/a.jsonl': `${JSON.stringify({ id: 1, body: 'نص' })}\n${articleLine({ id: 2, date: '2023-13-01' })}\n`,
      'content/b.jsonl': `not json\n`,
    });
    const run = await runCli(root, ['--content', 'content', '--out', 'index-data']);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter((line) => /^content\/\w\.jsonl:\d+: /.test(line))).toHaveLength(3);
  });

  it('streams: a problem after many good articles still leaves the previous index intact and no staging folder behind', async () => {
    const root = makeProject(GOOD);
    expect((await runCli(root, ['--content', 'content', '--out', 'index-data'])).code).toBe(0);
    const before = snapshotFolder(join(root, 'index-data'));
    const good = Array.from({ length: 300 }, (_, n) => articleLine({ id: `late-${n}` })).join('\n');
    writeFiles(root, { 'content/z.jsonl': `${good}\n${JSON.stringify({ id: 'late-bad', title: 'عنوان' })}\n` });

    const run = await runCli(root, ['--content', 'content', '--out', 'index-data']);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^content\/z\.jsonl:301: body is missing/m);
    expect(snapshotFolder(join(root, 'index-data'))).toEqual(before);
    expect(readdirSync(root).sort()).toEqual(['content', 'index-data']);
  });

  it('reports a problem with a Markdown front-matter field on the line of that field', async () => {
    const root = makeProject({ 'content/post.md': '---\ntitle: عنوان\ncategory: رياضة\ndate: 2023-02-30\n---\n\nنص المقال.\n' });
    const run = await runCli(root, ['--content', 'content', '--out', 'index-data']);
    expect(run.stderr).toMatch(/^content\/post\.md:4: date is not a real calendar date/m);
  });
});
