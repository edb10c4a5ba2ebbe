import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadArticles } from '../../scripts/content/load-articles';
import { CompactMiniSearch } from '../../src/index-format/compact-search-index';
import { createIndexOptions, type IndexedDocument } from '../../src/index-format/search-options';

const { articles } = await loadArticles([resolve('content/sample')]);

function buildSampleIndex(): CompactMiniSearch<IndexedDocument> {
  const index = new CompactMiniSearch<IndexedDocument>(createIndexOptions());
  articles.forEach((article, ordinal) => index.add({ ordinal, title: article.title, body: article.body }));
  return index;
}

const built = buildSampleIndex();
const loaded = CompactMiniSearch.fromCompact(built.toCompact(), createIndexOptions());
const sampleTerms = [...new Set(articles.flatMap((article) => article.title.split(/\s+/)))].slice(0, 60);
const asIs = { tokenize: (text: string) => [text], processTerm: (term: string) => term };

describe('CompactMiniSearch', () => {
  it('has indexed the sample corpus', () => {
    expect(articles.length).toBeGreaterThan(10);
    expect(built.termCount).toBeGreaterThan(100);
  });

  it('loads with the same document and term counts as it was built with', () => {
    expect(loaded.documentCount).toBe(built.documentCount);
    expect(loaded.termCount).toBe(built.termCount);
  });

  it.each(sampleTerms)('ranks %s exactly as the index it was serialised from', (word) => {
    const query = built.search(word);
    expect(loaded.search(word)).toEqual(query);
  });

  it('answers prefix and fuzzy queries as the original does', () => {
    for (const word of sampleTerms) {
      const options = { ...asIs, prefix: true, fuzzy: 0.2 };
      expect(loaded.search(word.slice(0, 2), options)).toEqual(built.search(word.slice(0, 2), options));
    }
  });

  it('lists the same terms as the original, in the same order', () => {
    const terms = (index: CompactMiniSearch<IndexedDocument>) => index.autoSuggest('ال', { prefix: true }).map((s) => s.suggestion);
    expect(terms(loaded)).toEqual(terms(built));
  });

  it('refuses options whose fields differ from the ones it was built with', () => {
    const other = { ...createIndexOptions(), fields: ['title'] };
    expect(() => CompactMiniSearch.fromCompact(built.toCompact(), other)).toThrow(/other fields/);
  });

  it('writes the same bytes for the same articles', () => {
    const again = buildSampleIndex().toCompact();
    const first = built.toCompact();
    expect(Buffer.from(again.postings).equals(Buffer.from(first.postings))).toBe(true);
    expect(Buffer.from(again.tree).equals(Buffer.from(first.tree))).toBe(true);
    expect(JSON.stringify(again.state)).toBe(JSON.stringify(first.state));
  });
});

describe('TermPostings', () => {
  it('reads like the Map MiniSearch built for the same term', () => {
    type TermData = Iterable<[number, Map<number, number>]>;
    const tree = (index: CompactMiniSearch<IndexedDocument>) =>
      (index as unknown as { _index: Iterable<[string, TermData]> & { get(term: string): TermData | undefined } })._index;
    const original = [...tree(built)].slice(0, 25);
    expect(original.length).toBe(25);
    for (const [term, data] of original) expect([...(tree(loaded).get(term) ?? [])]).toEqual([...data]);
  });
});
