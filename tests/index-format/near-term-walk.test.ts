import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadArticles } from '../../scripts/content/load-articles';
import { CompactMiniSearch } from '../../src/index-format/compact-search-index';
import { walkNearTerms } from '../../src/index-format/near-term-walk';
import { createIndexOptions, type IndexedDocument } from '../../src/index-format/search-options';

const { articles } = await loadArticles([resolve('content/sample')]);
const built = new CompactMiniSearch<IndexedDocument>(createIndexOptions());
articles.forEach((article, ordinal) => built.add({ ordinal, title: article.title, body: article.body }));
const loaded = CompactMiniSearch.fromCompact(built.toCompact(), createIndexOptions());
const { tree, postings } = loaded.serialised!;

/** MiniSearch's own fuzzy search over the tree the build held in memory: the reference. */
const reference = (term: string, maxDistance: number): [string, number][] =>
  [...(built as unknown as { _index: { fuzzyGet(t: string, d: number): Map<string, [unknown, number]> } })._index.fuzzyGet(term, maxDistance)].map(
    ([found, [, distance]]) => [found, distance],
  );
const walked = (term: string, maxDistance: number, kept = 0): [string, number][] =>
  [...walkNearTerms(tree, postings, { term, maxDistance, kept })].map(([found, [, distance]]) => [found, distance]);

const words = [...new Set(articles.flatMap((article) => article.title.split(/\s+/)))].filter((word) => word.length > 2).slice(0, 40);

describe('walkNearTerms', () => {
  it.each([1, 2])('finds the same terms, at the same distances and in the same order, as MiniSearch’s fuzzy search (%i edits)', (maxDistance) => {
    let found = 0;
    for (const word of [...words, 'لافرورف', 'المغرربية', 'xyz', 'ا']) {
      const expected = reference(word, maxDistance);
      expect(walked(word, maxDistance)).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(words.length);
  });

  it('hands back the postings the tree holds for each term found', () => {
    for (const [term, [data]] of walkNearTerms(tree, postings, { term: 'لافروف', maxDistance: 1, kept: 0 })) {
      const fromTree = (loaded as unknown as { _index: { get(t: string): unknown } })._index.get(term);
      expect(data).toBe(fromTree);
    }
  });

  it('lets only one edit change the kept letters', () => {
    const terms = (term: string, maxDistance: number, kept: number) => walked(term, maxDistance, kept).map(([found]) => found);
    expect(terms('لافرورز', 2, 1)).toContain('لافروف');
    expect(terms('نافروف', 2, 1)).toContain('لافروف');
    expect(terms('نافروز', 2, 1)).not.toContain('لافروف');
    expect(terms('نافروز', 2, 0)).toContain('لافروف');
  });
});
