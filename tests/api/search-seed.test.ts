// The first slice through the Workers runtime: the seed query, spelling variants, response shape, normalising to nothing, CORS.

import { describe, expect, it } from 'vitest';
import { get, rankOf, search } from './api-client';

describe('GET /search with the seed query', () => {
  it('returns the seed article first with لافروف marked in its snippet and title', async () => {
    const result = await search({ q: 'لافروف' });
    expect(result.hits[0]?.id).toBe('seed-lavrov-morocco-visit');
    expect(result.hits[0]?.snippet).toContain('<mark>لافروف</mark>');
    expect(result.hits[0]?.title).toContain('<mark>لافروف</mark>');
  });

  it("marks each region's name of the month the reader typed: نوفمبر finds and marks نونبر and تشرين الثاني", async () => {
    const result = await search({ q: 'نوفمبر ', limit: '50' });
    const snippetOf = (id: string) => result.hits.find((hit) => hit.id === id)?.snippet ?? '';
    expect(snippetOf('pol-003')).toContain('<mark>تشرين الثاني</mark>');
    expect(snippetOf('rabat-tram-extension')).toContain('<mark>نونبر</mark>');
  });

  it('marks لافروف when the reader typed the name in Latin letters (Lavrov)', async () => {
    const result = await search({ q: 'Lavrov' });
    expect(result.hits[0]?.id).toBe('seed-lavrov-morocco-visit');
    expect(result.hits[0]?.title).toContain('<mark>لافروف</mark>');
    expect(result.hits[0]?.snippet).toContain('<mark>لافروف</mark>');
  });
});

/**
 * Each query is spelled differently from the intended article's text (see
 * docs/sample-corpus.md); maxRank is the rank the article must reach.
 */
const SPELLING_VARIANTS = [
  { phenomenon: 'hamza dropped in the text (اهالي)', q: 'أهالي', id: 'soc-002', maxRank: 1 },
  { phenomenon: 'مسئول in the text, مسؤول typed', q: 'مسؤول', id: 'eco-005', maxRank: 4 },
  { phenomenon: 'teh marbuta written heh (المدرسه)', q: 'المدرسة', id: 'soc-002', maxRank: 1 },
  { phenomenon: 'alef maqsura written yeh (تخشي)', q: 'تخشى', id: 'soc-002', maxRank: 1 },
  { phenomenon: 'fully vowelled text (تَاجِرٌ عَجُوزٌ)', q: 'تاجر عجوز', id: 'cul-007', maxRank: 1 },
  { phenomenon: 'tatweel in the title (جـديـد)', q: 'ملعب جديد', id: 'spo-002', maxRank: 1 },
  { phenomenon: 'Arabic-Indic digits (٢٠٣٤)', q: '2034', id: '103', maxRank: 1 },
  { phenomenon: 'Persian digits (۴۸)', q: '48', id: 'erbil-market-notes', maxRank: 2 },
  { phenomenon: 'Persian letters (القیصریة)', q: 'القيصرية', id: 'erbil-market-notes', maxRank: 1 },
  { phenomenon: 'clitics on a noun (وللمنتخب)', q: 'المنتخب', id: '101', maxRank: 1 },
  { phenomenon: 'Latin acronym, case folded (COVID-19)', q: 'covid', id: 'hea-001', maxRank: 1 },
  { phenomenon: 'Latin accents folded (Café)', q: 'cafe', id: 'eco-003', maxRank: 1 },
  { phenomenon: 'alef wasla and tashkeel (ٱللُّغَةَ ٱلْعَرَبِيَّةَ)', q: 'اللغة العربية', id: 'cul-001', maxRank: 1 },
  { phenomenon: 'tatweel in a title word (الـمـغـرب)', q: 'المغرب', id: 'marrakech-tourism-record', maxRank: 3 },
] as const;

describe('GET /search across spelling variants', () => {
  const ranks: string[] = [];

  it.each(SPELLING_VARIANTS)('finds $id for $q despite $phenomenon', async ({ q, id, maxRank }) => {
    const rank = await rankOf(q, id);
    ranks.push(`${q} → ${id}: rank ${rank}`);
    expect(rank).toBeGreaterThanOrEqual(1);
    expect(rank).toBeLessThanOrEqual(maxRank);
  });

  it('reports the rank of every intended article', () => {
    console.log(`spelling-variant ranks:\n${ranks.join('\n')}`);
    expect(ranks).toHaveLength(SPELLING_VARIANTS.length);
  });
});

describe('GET /search response shape', () => {
  it('answers compact JSON with query, total, offset, limit and fully described hits', async () => {
    const response = await get('/search', { q: 'المغرب', limit: '3' });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await response.text();
    expect(text).not.toContain('\n');
    const body = JSON.parse(text);
    expect(body).toMatchObject({ query: 'المغرب', offset: 0, limit: 3 });
    expect(body.total).toBeGreaterThan(3);
    expect(body.hits).toHaveLength(3);
    for (const hit of body.hits) {
      expect(Object.keys(hit).sort()).toEqual(['category', 'date', 'highlights', 'id', 'score', 'snippet', 'source', 'tags', 'title', 'url'].sort());
      expect(typeof hit.id).toBe('string');
      expect(hit.highlights.snippet.text.length).toBeGreaterThan(0);
    }
    const scores = body.hits.map((hit: { score: number }) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('keeps integer ids from JSON content as strings', async () => {
    const result = await search({ q: 'أسود الأطلس' });
    expect(result.hits[0]?.id).toBe('101');
  });

  it('places each highlight range on the marked word of the unmarked text', async () => {
    const [hit] = (await search({ q: 'لافروف' })).hits;
    for (const [start, end] of hit!.highlights.snippet.ranges) expect(hit!.highlights.snippet.text.slice(start, end)).toBe('لافروف');
  });
});

describe('GET /search with a query that normalises to nothing', () => {
  it.each(['ـــَُ', 'في من على ', '؟؟ !!'])('answers 200 with no hits for %s', async (q) => {
    const result = await search({ q });
    expect(result.total).toBe(0);
    expect(result.hits).toEqual([]);
  });

  it('reads a stop word still being typed as a prefix, so في من على completes على as any half-typed word', async () => {
    expect((await search({ q: 'في من على' })).total).toBeGreaterThan(0);
  });
});

describe('CORS', () => {
  it('allows any origin by default', async () => {
    const response = await get('/search', { q: 'المغرب' }, { Origin: 'https://news.example' });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });
});
