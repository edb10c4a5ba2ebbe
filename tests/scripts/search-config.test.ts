// search.config.json: content paths, output, stored fields and boosts are honoured; bad settings fail with a clear message.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/index-format/artefacts';
import { articleLine, makeProject, readBuiltCatalog, readJson, runCli } from './build-fixture';

const CONTENT = { 'articles/news.jsonl': `${articleLine({ id: 1, url: 'https://example.com/1', category: 'رياضة' })}\n` };

function config(settings: unknown): Record<string, string> {
  return { ...CONTENT, 'search.config.json': JSON.stringify(settings) };
}

describe('search.config.json', () => {
  it('supplies the content paths and output folder when the command line does not', async () => {
    const root = makeProject(config({ content: ['articles'], out: 'build/index' }));
    expect((await runCli(root, ['--quiet'])).code).toBe(0);
    expect((await readBuiltCatalog(join(root, 'build/index'))).ids).toEqual(['1']);
  });

  it('stores only the chosen display fields and records the choice in the manifest', async () => {
    const root = makeProject(config({ content: ['articles'], out: 'out', storedFields: ['category'] }));
    await runCli(root, ['--quiet']);
    const catalog = await readBuiltCatalog(join(root, 'out'));
    expect(catalog.categories).toEqual(['رياضة']);
    expect(catalog.urls).toEqual([null]);
    expect(readJson<Manifest>(join(root, 'out/manifest.json')).storedFields).toEqual(['category']);
  });

  it('records field boosts in the manifest, in a fixed key order, for the worker to rank with', async () => {
    const root = makeProject(config({ content: ['articles'], out: 'out', boosts: { title: 5, body: 1.5 } }));
    await runCli(root, ['--quiet']);
    expect(JSON.stringify(readJson<Manifest>(join(root, 'out/manifest.json')).boosts)).toBe('{"body":1.5,"title":5}');
  });

  it('leaves the manifest as without configuration when nothing is chosen', async () => {
    const root = makeProject(config({ content: ['articles'], out: 'out' }));
    await runCli(root, ['--quiet']);
    const manifest = readJson<Manifest>(join(root, 'out/manifest.json'));
    expect(manifest).not.toHaveProperty('boosts');
    expect(manifest).not.toHaveProperty('storedFields');
  });

  it.each([
    ['invalid JSON', '{ "content": [', /search\.config\.json: invalid JSON/],
    ['an unknown setting', { contents: ['articles'] }, /unknown setting\(s\) contents; allowed: content, out, storedFields, boosts/],
    ['a boost that is not a positive number', { boosts: { title: -1 } }, /boosts\.title: a boost must be greater than 0/],
    ['a boost of a field that does not exist', { boosts: { summary: 2 } }, /boosts may set only title, body, titleStems, bodyStems/],
    ['a stored field that does not exist', { storedFields: ['author'] }, /storedFields may list only url, date, category, source, tags/],
    ['extra stop words, which the worker cannot apply yet', { stopWords: ['قال'] }, /stopWords is not supported yet/],
    ['extra synonyms, which the worker cannot apply yet', { synonyms: { تونس: ['تونيس'] } }, /synonyms is not supported yet/],
  ])('refuses %s with exit 2 and a message naming the setting', async (_, settings, expected) => {
    const root = makeProject({ ...CONTENT, 'search.config.json': typeof settings === 'string' ? settings : JSON.stringify(settings) });
    const run = await runCli(root, ['--content', 'articles', '--out', 'out']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^build-index: bad configuration$/m);
    expect(run.stderr).toMatch(expected);
  });

  it('reports a configuration file given with --config that does not exist', async () => {
    const run = await runCli(makeProject(CONTENT), ['--config', 'missing.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/missing\.json: configuration file not found/);
  });
});

describe('--no-config', () => {
  it('ignores search.config.json, even a broken one', async () => {
    const root = makeProject({ ...CONTENT, 'search.config.json': '{ broken' });
    const run = await runCli(root, ['--no-config', '--content', 'articles', '--out', 'out', '--quiet']);
    expect(run.code).toBe(0);
  });
});
