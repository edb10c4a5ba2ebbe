// The build CLI reuses the index in --out by default, says why when it cannot, and never leaves a half-built index.

import { appendFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/index-format/artefacts';
import type { Catalog } from '../support/read-catalog';
import { articleLine, makeProject, readBuiltCatalog, readJson, runCli, snapshotFolder, writeFiles } from './build-fixture';

const ARGS = ['--content', 'content', '--out', 'index-data'];
const lines = (...ids: number[]): string =>
  ids.map((id) => articleLine({ id, title: `خبر رقم ${id}`, body: `نص الخبر ${id} عن المغرب.` })).join('\n');

async function builtProject(): Promise<string> {
  const root = makeProject({ 'content/news.jsonl': `${lines(1, 2, 3)}\n` });
  expect((await runCli(root, [...ARGS, '--quiet'])).code).toBe(0);
  return root;
}

describe('build-index on an existing index', () => {
  it('builds incrementally by default and reports what changed and what a deploy uploads', async () => {
    const root = await builtProject();
    writeFiles(root, { 'content/news.jsonl': `${lines(1, 3, 4)}\n` });
    const run = await runCli(root, [...ARGS, '--json']);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { changes: Record<string, unknown>; uploaded: { files: number }; files: number };
    expect(summary.changes).toMatchObject({ mode: 'incremental', added: 1, edited: 0, deleted: 1, unchanged: 2 });
    expect(summary.uploaded.files).toBeLessThan(summary.files);
    expect((await readBuiltCatalog(join(root, 'index-data'))).ids.length).toBe(4);
  });

  it('passes --check after an incremental build, as after a full one', async () => {
    const root = await builtProject();
    writeFiles(root, { 'content/news.jsonl': `${lines(1, 2, 3, 5)}\n` });
    expect((await runCli(root, [...ARGS, '--quiet'])).code).toBe(0);
    expect((await runCli(root, [...ARGS, '--check'])).code).toBe(0);
  });

  it('rebuilds from scratch with --full', async () => {
    const root = await builtProject();
    const run = await runCli(root, [...ARGS, '--full', '--json']);
    expect(JSON.parse(run.stdout)).toMatchObject({ changes: { mode: 'full', added: 3 } });
  });

  it('makes a full build, and says why, when the configuration changed', async () => {
    const root = await builtProject();
    writeFiles(root, { 'search.config.json': JSON.stringify({ boosts: { title: 3 } }) });
    const run = await runCli(root, ['--content', 'content', '--out', 'index-data', '--json']);
    expect(run.stderr).toMatch(/making a full build: boosts in the configuration changed/);
    expect(JSON.parse(run.stdout)).toMatchObject({ changes: { mode: 'full' } });
  });

  it('makes a full build, and says why, when a piece of the previous index is corrupt', async () => {
    const root = await builtProject();
    const manifest = readJson<Manifest>(join(root, 'index-data/manifest.json'));
    appendFileSync(join(root, 'index-data', manifest.segments[0]!.root), ' ');
    const run = await runCli(root, [...ARGS, '--json']);
    expect(run.stderr).toMatch(/making a full build: the index in --out is corrupt: pieces\/[0-9a-f]+\.json does not match its name's hash/);
    expect(JSON.parse(run.stdout)).toMatchObject({ changes: { mode: 'full', added: 3 } });
    expect((await runCli(root, [...ARGS, '--check'])).code).toBe(0);
  });

  it('makes a full build when a piece it does not read turns out damaged while it builds, and the result passes --check', async () => {
    // Pieces are checked in the background while the content is read: a term block is not read to add an article.
    const root = await builtProject();
    const termBlock = readdirSync(join(root, 'index-data/pieces'), { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.terms'))
      .sort()[0]!;
    appendFileSync(join(root, 'index-data/pieces', termBlock), 'x');
    writeFiles(root, { 'content/news.jsonl': `${lines(1, 2, 3, 4)}\n` });
    const run = await runCli(root, [...ARGS, '--json']);
    expect(run.stderr).toContain(
      `making a full build: the index in --out is corrupt: pieces/${termBlock} does not match its name's hash (its postings do not add up to its length).`,
    );
    expect(JSON.parse(run.stdout)).toMatchObject({ changes: { mode: 'full', added: 4 } });
    expect((await runCli(root, [...ARGS, '--check'])).code).toBe(0);
  });

  it('makes a full build when a piece of the previous index is missing', async () => {
    const root = await builtProject();
    const manifest = readJson<Manifest>(join(root, 'index-data/manifest.json'));
    const pieces = readdirSync(join(root, 'index-data/pieces'), { recursive: true }).map(String);
    const gone = pieces.filter((name) => `pieces/${name}` !== manifest.segments[0]!.root && name.includes('.')).sort()[0]!;
    rmSync(join(root, 'index-data/pieces', gone));
    const run = await runCli(root, [...ARGS, '--json']);
    expect(run.stderr).toContain('making a full build: the index in --out is corrupt: ');
    expect(run.stderr).toContain(' is missing.');
    expect(JSON.parse(run.stdout)).toMatchObject({ changes: { mode: 'full', added: 3 } });
    expect((await runCli(root, [...ARGS, '--check'])).code).toBe(0);
  });

  it('changes nothing when the new content has a bad line, and names the file and line', async () => {
    const root = await builtProject();
    const before = snapshotFolder(join(root, 'index-data'));
    writeFiles(root, { 'content/news.jsonl': `${lines(1, 2)}\n{"id": 9, "title": ""}\n` });
    const run = await runCli(root, ARGS);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/news\.jsonl:3/);
    expect(snapshotFolder(join(root, 'index-data'))).toEqual(before);
    expect(readdirSync(root).filter((entry) => entry.startsWith('index-data.'))).toEqual([]);
  });

  it('recognises unchanged JSONL lines by their bytes, counts a re-spaced line as edited, and serves what a full build serves', async () => {
    const root = makeProject({ 'content/news.jsonl': `${lines(1, 2, 3, 4, 5)}\n` });
    expect((await runCli(root, [...ARGS, '--quiet'])).code).toBe(0);
    const respaced = lines(2).replace('","', '", "');
    const next = [lines(1), respaced, articleLine({ id: 3, title: 'خبر رقم 3', body: 'نص معدل عن تونس.' }), lines(5, 6)].join('\n');
    writeFiles(root, { 'content/news.jsonl': `${next}\n` });
    const run = await runCli(root, [...ARGS, '--json']);
    expect(JSON.parse(run.stdout)).toMatchObject({ changes: { mode: 'incremental', unchanged: 2, edited: 2, deleted: 1, added: 1 } });
    expect((await runCli(root, [...ARGS, '--check'])).code).toBe(0);

    const full = makeProject({ 'content/news.jsonl': `${next}\n` });
    expect((await runCli(full, [...ARGS, '--quiet'])).code).toBe(0);
    expect(readJson<Manifest>(join(root, 'index-data/manifest.json')).contentHash).toBe(
      readJson<Manifest>(join(full, 'index-data/manifest.json')).contentHash,
    );
    expect(rowsById(await readBuiltCatalog(join(root, 'index-data')))).toEqual(rowsById(await readBuiltCatalog(join(full, 'index-data'))));
  });

  it('parses an unchanged line again when its id was already used, and reports the duplicate', async () => {
    const root = await builtProject();
    writeFiles(root, { 'content/news.jsonl': `${lines(1, 2, 3, 1)}\n` });
    const run = await runCli(root, ARGS);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/news\.jsonl:4: duplicate id "1" \(first used at content\/news\.jsonl:1\)/);
  });
});

/** The live articles of a catalog by id, whatever their order in the index. */
function rowsById(catalog: Catalog): Map<string, string> {
  return new Map(catalog.ids.map((id, ordinal) => [id, `${catalog.titles[ordinal]}|${catalog.bodies[ordinal]}`]));
}
