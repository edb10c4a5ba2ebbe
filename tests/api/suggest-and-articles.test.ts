// /suggest, "did you mean" and /articles/:id through the Workers runtime.

import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleBody } from '../../src/api/schemas';
import { allHitIds, type Corpus, getJson, readCorpus, search, suggest } from './api-client';
import { articlesWithExactForm } from './brute-force';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await readCorpus();
});

describe('GET /suggest', () => {
  it('completes the last word, each completion with its whole query and a true count', async () => {
    const result = await suggest({ q: 'لافر' });
    expect(result.query).toBe('لافر');
    expect(result.suggestions[0]).toEqual({ text: 'لافروف', query: 'لافروف', count: 1 });
    for (const suggestion of result.suggestions) expect((await allHitIds({ q: suggestion.query })).length).toBe(suggestion.count);
  });

  it('keeps the words before the last and completes only the last', async () => {
    const result = await suggest({ q: 'منتدى التعا' });
    expect(result.suggestions[0]?.query).toBe('منتدى التعاون'); // found together with منتدى, so first
    for (const suggestion of result.suggestions) expect(suggestion.query.startsWith('منتدى ')).toBe(true);
  });

  it('orders completions by how many articles hold them, best first, at most limit', async () => {
    const result = await suggest({ q: 'الم', limit: '10' });
    expect(result.suggestions).toHaveLength(10);
    const holding = result.suggestions.map((suggestion) => articlesWithExactForm(corpus, suggestion.text).length);
    expect(holding).toEqual([...holding].sort((a, b) => b - a));
    expect(holding[0]).toBe(Math.max(...holding));
  });

  it('shows the spelling the articles use, not the normalised index form', async () => {
    const result = await suggest({ q: 'covi' });
    expect(result.suggestions[0]?.text).toBe('COVID');
    const hamza = await suggest({ q: 'اسع' });
    expect(hamza.suggestions.map((suggestion) => suggestion.text)).toContain('أسعار');
  });

  it('suggests nothing once a space ends the last word, or for a one-letter word', async () => {
    expect((await suggest({ q: 'لافروف ' })).suggestions).toEqual([]);
    expect((await suggest({ q: 'ل' })).suggestions).toEqual([]);
  });

  it.each(['-مرا', 'منتدى التعا', 'الرباط -مرا', 'مرا'])('counts what /search finds for each suggested query (%s)', async (q) => {
    const result = await suggest({ q, limit: '10' });
    expect(result.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of result.suggestions) expect((await search({ q: suggestion.query })).total, suggestion.query).toBe(suggestion.count);
  });

  it('suggests nothing for a prefix no article holds', async () => {
    expect((await suggest({ q: 'ظظظ' })).suggestions).toEqual([]);
  });
});

describe('did you mean', () => {
  it('offers the corrected query when a misspelt word finds nothing', async () => {
    // A phrase is matched as written, without typo tolerance, so only "did you mean" can rescue it.
    const result = await search({ q: '"سيرغى لافرزف"' });
    expect(result.total).toBe(0);
    expect(result.suggestion).toBe('"سيرغى لافروف"');
    expect((await search({ q: result.suggestion! })).hits[0]?.id).toBe('seed-lavrov-morocco-visit');
  });

  it('names the correction when every hit came through typo tolerance', async () => {
    const result = await search({ q: 'لافرزف ' });
    expect(result.hits[0]?.id).toBe('seed-lavrov-morocco-visit');
    expect(result.suggestion).toBe('لافروف ');
    expect((await search({ q: 'مهرجاان' })).suggestion).toBe('مهرجان');
  });

  it('names no correction when a word the index knows found hits of its own', async () => {
    const result = await search({ q: 'مهرجاان المغرب ' });
    expect(result.hits.some((hit) => !/مهرجان/.test(hit.highlights.title.text + hit.highlights.snippet.text))).toBe(true);
    expect(result.suggestion).toBeUndefined();
  });

  it('offers nothing the filters would hide: "لافرزف" under category رياضة has no correction, under سياسة it has', async () => {
    expect((await search({ q: '"لافرزف"', category: 'رياضة' })).suggestion).toBeUndefined();
    expect((await search({ q: '"لافرزف"', category: 'سياسة' })).suggestion).toBe('"لافروف"');
  });

  it('offers nothing the exclusions would remove: "لافرزف" -المغرب finds nothing once corrected', async () => {
    expect((await search({ q: '"لافروف" -المغرب' })).total).toBe(0);
    expect((await search({ q: '"لافرزف" -المغرب' })).suggestion).toBeUndefined();
  });

  it('keeps quotes and exclusions as typed', async () => {
    expect((await search({ q: '"لافرزف" -تونس' })).suggestion).toBe('"لافروف" -تونس');
  });

  it('offers nothing when the correction would not find more than the query already does', async () => {
    const typed = await search({ q: 'زيارة لافرزف ' });
    const corrected = await search({ q: 'زيارة لافروف ' });
    expect(corrected.total).toBe(typed.total);
    expect(typed.suggestion).toBeUndefined();
  });

  it('never corrects a spelling that normalisation already folds (المدرسه, مسئول, اهالي)', async () => {
    for (const q of ['المدرسه ', 'مسئول ', 'اهالي ']) expect((await search({ q })).suggestion).toBeUndefined();
  });

  it('stays silent when the query already finds enough', async () => {
    expect((await search({ q: 'المغرب ' })).suggestion).toBeUndefined();
  });
});

describe('typo answers', () => {
  /** The words of a text holding مهرجان (with or without clitics and endings), and those of them that are marked. */
  const festivalWords = (html: string): { all: string[]; marked: string[] } => ({
    all: html.replace(/<\/?mark>/g, '').match(/[\u0621-\u0652]*مهرجان[\u0621-\u0652]*/g) ?? [],
    marked: [...html.matchAll(/<mark>([^<]*)<\/mark>/g)].map((match) => match[1]!).filter((word) => word.includes('مهرجان')),
  });

  it.each(['مهرجاان ', 'مهرجاان'])('marks every form of the corrected word in titles and snippets, clitics and all (%j)', async (q) => {
    const result = await search({ q });
    expect(result.hits.length).toBeGreaterThan(0);
    const forms = new Set<string>();
    for (const hit of result.hits) {
      for (const html of [hit.title, hit.snippet]) {
        const { all, marked } = festivalWords(html);
        expect(marked).toEqual(all);
        for (const word of all) forms.add(word);
      }
    }
    // The hits show the word with the article and in the plural: both must have been seen (and so marked).
    expect([...forms]).toEqual(expect.arrayContaining(['المهرجان', 'مهرجانات']));
  });
});

describe('GET /articles/:id', () => {
  it.each(['seed-lavrov-morocco-visit', '101', 'erbil-market-notes'])('returns the stored fields of %s', async (id) => {
    const { status, body } = await getJson<ArticleBody>(`/articles/${encodeURIComponent(id)}`);
    expect(status).toBe(200);
    const ordinal = corpus.catalog.ids.indexOf(id);
    expect(body).toEqual({
      id,
      title: corpus.catalog.titles[ordinal],
      body: corpus.bodies[ordinal],
      url: corpus.catalog.urls[ordinal],
      date: corpus.catalog.dates[ordinal],
      category: corpus.catalog.categories[ordinal],
      source: corpus.catalog.sources[ordinal],
      tags: corpus.catalog.tags[ordinal],
    });
  });

  it('returns the article a search hit names', async () => {
    const [hit] = (await search({ q: 'لافروف' })).hits;
    const { body } = await getJson<ArticleBody>(`/articles/${hit!.id}`);
    expect(body.title).toBe(hit!.highlights.title.text);
  });
});
