// The build CLI's batch threads, as a real process starts them: under tsx, and bundled as `npm run build:index` runs it.

import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchThreadError, startBatchThreads } from '../../scripts/build/batch-threads';
import { articleLine, makeProject, readBuiltCatalog, runCli, snapshotFolder, writeFiles } from './build-fixture';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE = join(ROOT, 'content/sample');
const BUILD_ARGS = ['--no-config', '--full', '--quiet', '--content', SAMPLE, '--batch-size', '7'];

function runProcess(command: string, args: readonly string[], cwd: string): { status: number | null; stderr: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

describe('a build on several threads', () => {
  it('writes the same files as a build on one, bundled and under tsx', async () => {
    const dir = makeProject({});
    expect(await runCli(dir, [...BUILD_ARGS, '--out', 'one', '--jobs', '1'])).toMatchObject({ code: 0, stderr: '' });
    const tsx = runProcess(
      join(ROOT, 'node_modules/.bin/tsx'),
      [join(ROOT, 'scripts/build-index.ts'), ...BUILD_ARGS, '--out', 'tsx', '--jobs', '3'],
      dir,
    );
    expect(tsx).toEqual({ status: 0, stderr: '' });
    const bundled = runProcess(
      process.execPath,
      [join(ROOT, 'scripts/run-bundled.mjs'), join(ROOT, 'scripts/build-index.ts'), ...BUILD_ARGS, '--out', 'bundled', '--jobs', '2'],
      dir,
    );
    expect(bundled).toEqual({ status: 0, stderr: '' });
    const one = snapshotFolder(join(dir, 'one'));
    expect(Object.keys(one).length).toBeGreaterThan(10);
    expect(snapshotFolder(join(dir, 'tsx'))).toEqual(one);
    expect(snapshotFolder(join(dir, 'bundled'))).toEqual(one);
  }, 60_000);

  it('reports a bad article found while threads analyse earlier batches, and leaves the previous index as it was', async () => {
    const good = Array.from({ length: 9 }, (_, index) => articleLine({ id: index + 1 }));
    const dir = makeProject({ 'content/news.jsonl': `${good.join('\n')}\n` });
    const args = ['--no-config', '--content', 'content', '--out', 'out', '--batch-size', '2', '--jobs', '2'];
    expect((await runCli(dir, args)).code).toBe(0);
    const before = snapshotFolder(join(dir, 'out'));
    writeFiles(dir, { 'content/news.jsonl': `${[...good, articleLine({ id: 10, date: '2023-02-30' })].join('\n')}\n` });
    const failed = await runCli(dir, [...args, '--full']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^content\/news\.jsonl:10: date is not a real calendar date$/m);
    expect(snapshotFolder(join(dir, 'out'))).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['content', 'out']);
  }, 30_000);

  it('keeps only the configured display fields on threads, as on one', async () => {
    const lines = Array.from({ length: 10 }, (_, index) => articleLine({ id: index + 1, category: 'اقتصاد', source: 'وكالة' }));
    const dir = makeProject({
      'content/news.jsonl': `${lines.join('\n')}\n`,
      'search.config.json': JSON.stringify({ content: ['content'], storedFields: ['category'] }),
    });
    expect((await runCli(dir, ['--out', 'one', '--batch-size', '3', '--jobs', '1'])).code).toBe(0);
    expect((await runCli(dir, ['--out', 'two', '--batch-size', '3', '--jobs', '2'])).code).toBe(0);
    expect(snapshotFolder(join(dir, 'two'))).toEqual(snapshotFolder(join(dir, 'one')));
    const catalog = await readBuiltCatalog(join(dir, 'two'));
    expect(JSON.stringify(catalog)).toContain('اقتصاد');
    expect(JSON.stringify(catalog)).not.toContain('وكالة');
  }, 30_000);

  it('tells a log when it merges the batches into one segment', async () => {
    const lines = Array.from({ length: 10 }, (_, index) => articleLine({ id: index + 1 }));
    const dir = makeProject({ 'content/news.jsonl': `${lines.join('\n')}\n` });
    const run = await runCli(dir, ['--no-config', '--content', 'content', '--out', 'out', '--batch-size', '2', '--jobs', '2']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^build-index: merging 5 segments into one$/m);
  }, 30_000);

  it('refuses a job or batch count that is not a whole number of at least 1', async () => {
    const dir = makeProject({});
    const zero = await runCli(dir, [...BUILD_ARGS, '--jobs', '0']);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(/--jobs takes a whole number of at least 1, not "0"/);
    const fraction = await runCli(dir, ['--batch-size', '2.5']);
    expect(fraction.code).toBe(2);
    expect(fraction.stderr).toMatch(/--batch-size takes a whole number of at least 1, not "2.5"/);
  });
});

describe('a batch thread that fails', () => {
  it('fails its batch with a BatchThreadError saying why, and the pool still closes', async () => {
    const dir = makeProject({ 'not-a-folder': 'a file where the staging folder should be' });
    const threads = startBatchThreads(1, 10, join(dir, 'not-a-folder'), () => undefined);
    const article = { id: '1', title: 'عنوان', body: 'نص الخبر عن المغرب' };
    const made = threads.make({ articles: [article], hashes: ['0123456789abcdef'], stored: [] }, () => undefined);
    await expect(made).rejects.toBeInstanceOf(BatchThreadError);
    await expect(made).rejects.toThrow(/a batch thread failed: .*ENOTDIR/);
    await threads.close();
  }, 30_000);
});
