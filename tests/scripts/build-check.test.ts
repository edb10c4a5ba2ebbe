// `--check` tells CI whether the index on disk is what the current content and code build.

import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/index-format/artefacts';
import { articleLine, makeProject, readJson, runCli, snapshotFolder, writeFiles } from './build-fixture';

/** The file name of the built index's segment root, a piece every index has. */
function segmentRootOf(project: string): string {
  return readJson<Manifest>(join(project, 'index-data/manifest.json')).segments[0]!.root;
}

const ARGS = ['--content', 'content', '--out', 'index-data'];

async function builtProject(): Promise<string> {
  const root = makeProject({ 'content/news.jsonl': `${articleLine({ id: 1 })}\n${articleLine({ id: 2, title: 'خبر ثان' })}\n` });
  expect((await runCli(root, ARGS)).code).toBe(0);
  return root;
}

describe('build-index --check', () => {
  it('passes when the index on disk is what the content builds', async () => {
    const root = await builtProject();
    const run = await runCli(root, [...ARGS, '--check']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/index-data is up to date/);
  });

  it('still reports a copied line as a duplicate id, though its bytes match an article of the index', async () => {
    // --check recognises unchanged lines by their hash, as an incremental build does, without parsing them.
    const root = await builtProject();
    writeFiles(root, { 'content/news.jsonl': `${articleLine({ id: 1 })}\n${articleLine({ id: 2, title: 'خبر ثان' })}\n${articleLine({ id: 1 })}\n` });
    const run = await runCli(root, [...ARGS, '--check']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^content\/news\.jsonl:3: duplicate id "1" \(first used at content\/news\.jsonl:1\)/m);
  });

  it('catches a stale index after an article changed, naming the content hash, and writes nothing', async () => {
    const root = await builtProject();
    const before = snapshotFolder(join(root, 'index-data'));
    writeFiles(root, { 'content/news.jsonl': `${articleLine({ id: 1 })}\n${articleLine({ id: 2, title: 'خبر ثان معدل' })}\n` });
    const run = await runCli(root, [...ARGS, '--check']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /index-data is stale: manifest\.json: contentHash is "[0-9a-f]+" on disk but the current content and code give "[0-9a-f]+"/,
    );
    expect(snapshotFolder(join(root, 'index-data'))).toEqual(before);
  });

  it('names the document count when an article was added', async () => {
    const root = await builtProject();
    writeFiles(root, { 'content/more.jsonl': `${articleLine({ id: 3 })}\n` });
    expect((await runCli(root, [...ARGS, '--check'])).stderr).toMatch(/documentCount is 2 on disk but the current content and code give 3/);
  });

  it('names a piece that was edited by hand', async () => {
    const root = await builtProject();
    const segmentRoot = segmentRootOf(root);
    appendFileSync(join(root, 'index-data', segmentRoot), ' ');
    expect((await runCli(root, [...ARGS, '--check'])).stderr).toContain(`${segmentRoot} does not match its name's hash`);
  });

  it('names an artefact that is missing', async () => {
    const root = await builtProject();
    const segmentRoot = segmentRootOf(root);
    rmSync(join(root, 'index-data', segmentRoot));
    const run = await runCli(root, [...ARGS, '--check']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${segmentRoot} is missing`);
  });
});
