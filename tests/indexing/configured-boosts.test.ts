// Boosts chosen in search.config.json travel in the manifest and change how the worker ranks.

import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/article';
import { type BuildOptions, buildIndexFiles } from '../../src/indexing/build-index';
import { loadEngine } from '../../src/loading/load-engine';
import { parseQuery } from '../../src/query/parse-query';
import { findArticles } from '../../src/search/search';
import { idsOf } from '../support/read-catalog';

const ARTICLES: Article[] = [
  { id: 'in-title', title: 'مهرجان قرطاج', body: 'افتتاح الدورة الجديدة بحضور جمهور كبير.' },
  { id: 'in-body', title: 'أخبار ثقافية', body: 'مهرجان مهرجان مهرجان في المدينة.' },
];

async function rankedIds(options: BuildOptions): Promise<string[]> {
  const built = await buildIndexFiles(ARTICLES, options);
  const bytesOf = (contents: string | Uint8Array) => (typeof contents === 'string' ? new TextEncoder().encode(contents) : contents);
  const engine = await loadEngine({
    read: async (name) => {
      const contents = built.files.get(name);
      return contents === undefined ? null : bytesOf(contents);
    },
  });
  return idsOf(
    engine,
    (await findArticles(engine, parseQuery('مهرجان '))).ranked.map((hit) => hit.ordinal),
  );
}

describe('configured boosts', () => {
  it('rank a title match first with the default boosts', async () => {
    expect(await rankedIds({})).toEqual(['in-title', 'in-body']);
  });

  it('rank a repeated body match first once the body outweighs the title', async () => {
    expect(await rankedIds({ boosts: { title: 0.1, titleStems: 0.1, body: 5, bodyStems: 5 } })).toEqual(['in-body', 'in-title']);
  });
});
