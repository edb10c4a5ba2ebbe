// Filters, facets, sorting, fields, highlighting and paging through the Workers runtime, checked against a brute-force scan of the corpus.

import { beforeAll, describe, expect, it } from 'vitest';
import { allHitIds, type Corpus, get, readCorpus, search } from './api-client';
import { articlesHolding, countValues } from './brute-force';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await readCorpus();
});

const idsOf = (ordinals: readonly number[]) => ordinals.map((ordinal) => corpus.catalog.ids[ordinal]!).sort();

describe('facets', () => {
  it.each(['المغرب', 'الاقتصاد', 'كأس'])('count every matching article per value for %s, as a scan of the corpus does', async (word) => {
    const expected = articlesHolding(corpus, word);
    expect(expected.length).toBeGreaterThan(1);
    const result = await search({ q: `${word} `, facets: 'category,source,tag', limit: '1' });
    expect(result.total).toBe(expected.length);
    for (const facet of ['category', 'source', 'tag'] as const) {
      const counts = result.facets?.[facet] ?? [];
      expect(new Map(counts.map(({ value, count }) => [value, count]))).toEqual(countValues(corpus, expected, facet));
      const numbers = counts.map(({ count }) => count);
      expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    }
  });

  it('count only what the filters leave', async () => {
    const expected = articlesHolding(corpus, 'المغرب').filter((ordinal) => corpus.catalog.categories[ordinal] === 'اقتصاد');
    const result = await search({ q: 'المغرب ', category: 'اقتصاد', facets: 'source' });
    expect(result.total).toBe(expected.length);
    expect(new Map(result.facets?.source?.map(({ value, count }) => [value, count]))).toEqual(countValues(corpus, expected, 'source'));
  });

  it('count a filtered facet as if its own filter were off, so the other values stay on offer (disjunctive)', async () => {
    const holders = articlesHolding(corpus, 'المغرب');
    const result = await search({ q: 'المغرب ', category: 'اقتصاد', facets: 'category,source' });
    const categories = new Map(result.facets?.category?.map(({ value, count }) => [value, count]));
    expect(categories).toEqual(countValues(corpus, holders, 'category'));
    expect(categories.size).toBeGreaterThan(1);
    // The other facet still counts only what every filter leaves.
    const inEconomy = holders.filter((ordinal) => corpus.catalog.categories[ordinal] === 'اقتصاد');
    expect(new Map(result.facets?.source?.map(({ value, count }) => [value, count]))).toEqual(countValues(corpus, inEconomy, 'source'));
    expect(result.total).toBe(inEconomy.length);
  });

  it('are absent unless asked for, and limited to the facets asked for', async () => {
    expect((await search({ q: 'المغرب' })).facets).toBeUndefined();
    expect(Object.keys((await search({ q: 'المغرب', facets: 'tag' })).facets ?? {})).toEqual(['tag']);
  });
});

describe('filters', () => {
  it('keep only the categories asked for (repeatable: any of them)', async () => {
    const result = await search({ q: 'المغرب ', category: ['اقتصاد', 'رياضة'], limit: '50' });
    const expected = articlesHolding(corpus, 'المغرب').filter((ordinal) => ['اقتصاد', 'رياضة'].includes(corpus.catalog.categories[ordinal] ?? ''));
    expect(result.hits.map((hit) => hit.id).sort()).toEqual(idsOf(expected));
  });

  it('keep only the sources asked for', async () => {
    const source = corpus.catalog.sources[corpus.catalog.ids.indexOf('eco-001')]!;
    const ids = await allHitIds({ q: 'المغرب ', source });
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(corpus.catalog.sources[corpus.catalog.ids.indexOf(id)]).toBe(source);
  });

  it('keep only articles carrying one of the tags', async () => {
    const ids = await allHitIds({ q: 'المغرب ', tag: 'سياحة' });
    expect(ids.sort()).toEqual(['marrakech-tourism-record', 'tou-001']);
  });

  it('keep only articles dated inside from–to, both days included', async () => {
    const result = await search({ q: 'المغرب ', from: '2023-11-05', to: '2025-01-10', limit: '50' });
    const expected = articlesHolding(corpus, 'المغرب').filter((ordinal) => {
      const date = corpus.catalog.dates[ordinal];
      return date !== null && date !== undefined && date >= '2023-11-05' && date <= '2025-01-10';
    });
    expect(result.hits.map((hit) => hit.id).sort()).toEqual(idsOf(expected));
    expect(result.hits.map((hit) => hit.id)).toEqual(expect.arrayContaining(['seed-lavrov-morocco-visit', 'marrakech-tourism-record']));
  });

  it('combine: category and date together narrow further', async () => {
    const both = await allHitIds({ q: 'المغرب ', category: 'رياضة', from: '2024-01-01' });
    for (const id of both) {
      const ordinal = corpus.catalog.ids.indexOf(id);
      expect(corpus.catalog.categories[ordinal]).toBe('رياضة');
      expect(corpus.catalog.dates[ordinal]! >= '2024-01-01').toBe(true);
    }
    expect(both.length).toBeLessThan((await allHitIds({ q: 'المغرب ', category: 'رياضة' })).length);
  });
});

describe('sort=date', () => {
  it('orders the same matches newest first', async () => {
    const byDate = await search({ q: 'المغرب ', sort: 'date', limit: '50' });
    const dates = byDate.hits.map((hit) => hit.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(byDate.hits.map((hit) => hit.id).sort()).toEqual((await allHitIds({ q: 'المغرب ' })).sort());
  });
});

describe('fields', () => {
  it('fields=title searches titles only', async () => {
    const result = await search({ q: 'المغرب ', fields: 'title', limit: '50' });
    expect(result.hits.map((hit) => hit.id).sort()).toEqual(idsOf(articlesHolding(corpus, 'المغرب', ['title'])));
    for (const hit of result.hits) expect(hit.highlights.title.ranges.length).toBeGreaterThan(0);
  });

  it('fields=body searches bodies only', async () => {
    const result = await search({ q: 'المغرب ', fields: 'body', limit: '50' });
    expect(result.hits.map((hit) => hit.id).sort()).toEqual(idsOf(articlesHolding(corpus, 'المغرب', ['body'])));
  });
});

describe('highlighting and snippets', () => {
  it('highlight=false returns unmarked titles and no snippet', async () => {
    const result = await search({ q: 'لافروف', highlight: 'false' });
    const hit = result.hits[0]!;
    expect(hit.title).not.toContain('<mark>');
    expect(hit.snippet).toBe('');
    expect(hit.highlights.title.ranges).toEqual([]);
  });

  it('snippet_length bounds the snippet window', async () => {
    for (const length of [40, 120, 500]) {
      const hit = (await search({ q: 'لافروف', snippet_length: String(length) })).hits[0]!;
      const text = hit.highlights.snippet.text.replaceAll('…', '');
      expect(text.length).toBeLessThanOrEqual(length + 2);
      expect(text.length).toBeGreaterThan(length / 2);
      expect(hit.snippet).toContain('<mark>');
    }
  });

  it('marks a word whole with its clitics (بالمغرب for المغرب)', async () => {
    const result = await search({ q: 'المغرب ', limit: '50' });
    const hit = result.hits.find((candidate) => candidate.id === 'eco-001')!;
    expect(hit.title + hit.snippet).toContain('<mark>بالمغرب</mark>');
  });

  it('escapes article markup before marking', async () => {
    const hit = (await search({ q: 'XSS', snippet_length: '500' })).hits[0]!;
    expect(hit.id).toBe('tec-001');
    expect(hit.snippet).not.toMatch(/<(script|img)/);
  });
});

describe('paging and pretty output', () => {
  it('pages through the same ranking with offset and limit', async () => {
    const all = await allHitIds({ q: 'المغرب ' });
    const second = await search({ q: 'المغرب ', offset: '2', limit: '3' });
    expect(second.hits.map((hit) => hit.id)).toEqual(all.slice(2, 5));
    expect(second.total).toBe(all.length);
    expect((await search({ q: 'المغرب ', offset: '1000' })).hits).toEqual([]);
  });

  it('?pretty indents the same JSON', async () => {
    const pretty = await (await get('/search', { q: 'لافروف', pretty: '' })).text();
    const compact = await (await get('/search', { q: 'لافروف' })).text();
    expect(pretty).toContain('\n  "query"');
    expect(JSON.parse(pretty)).toEqual(JSON.parse(compact));
  });
});
