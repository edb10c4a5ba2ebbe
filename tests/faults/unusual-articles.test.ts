// Unusual articles: huge, empty once normalised, all Latin, all digits, or in another script — they build, load and search correctly.

import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../src/api/schemas';
import { MAX_SNIPPET_SCAN } from '../../src/snippets/make-snippet';
import { article, buildFiles, createMemoryApp } from './in-memory-index';

const FILLER = 'تتواصل الأشغال في الطريق السريعة بين المدينتين حسب ما أعلنته الوزارة ';
/** About 1 MB of UTF-8: a word near the start, filler, and a word only at the very end. */
const HUGE_BODY = `افتتاح ${FILLER.repeat(Math.ceil(1_000_000 / new TextEncoder().encode(FILLER).length))} اختتام`;

const ARTICLES = [
  article('huge', 'مقال طويل جدا', HUGE_BODY),
  article('diacritics-only', 'عنوان وحيد', 'ً ٌ ٍ َ ُ ِ ّ ْ ـــ ... ،،، !!! ؟؟؟ «» —'),
  article('latin', 'The Élysée statement', 'The quick brown fox: COVID19 figures and the Élysée statement on 5G.'),
  article('digits', '2024', '2024 1999 ٢٠٢٣ ۱۴۰۲ 3.14 100,000'),
  article('cyrillic', 'Москва заявила', 'Министр иностранных дел Лавров заявил в Москве'),
  article('cjk', '北京欢迎你', '北京欢迎你 東京 서울특별시'),
];

let app: ReturnType<typeof createMemoryApp>;

beforeAll(async () => {
  app = createMemoryApp(await buildFiles(ARTICLES));
}, 60_000);

async function search(q: string): Promise<SearchResponse> {
  const response = await app.request(`/search?q=${encodeURIComponent(q)}&limit=50`);
  expect(response.status).toBe(200);
  return (await response.json()) as SearchResponse;
}

describe('unusual articles', () => {
  it('builds a 1 MB body that is longer than the snippet scan', () => {
    expect(new TextEncoder().encode(HUGE_BODY).length).toBeGreaterThan(1_000_000);
    expect(HUGE_BODY.length).toBeGreaterThan(MAX_SNIPPET_SCAN);
  });

  it('finds and marks a word at the start of a 1 MB body', async () => {
    const { hits } = await search('افتتاح ');
    expect(hits.map((hit) => hit.id)).toEqual(['huge']);
    expect(hits[0]!.snippet).toContain('<mark>افتتاح</mark>');
    expect(hits[0]!.snippet.length).toBeLessThan(400);
  });

  it('finds a word that stands only at the end of a 1 MB body, showing the opening past the snippet scan', async () => {
    const { hits } = await search('اختتام ');
    expect(hits.map((hit) => hit.id)).toEqual(['huge']);
    expect(hits[0]!.snippet).not.toContain('<mark>');
    expect(hits[0]!.snippet.startsWith('افتتاح')).toBe(true);
  });

  it('finds an article whose body normalises to nothing by its title, and shows the body escaped', async () => {
    const { hits } = await search('وحيد ');
    expect(hits.map((hit) => hit.id)).toEqual(['diacritics-only']);
    expect(hits[0]!.title).toBe('عنوان <mark>وحيد</mark>');
    expect(hits[0]!.highlights.snippet.text).toContain('!!!');
  });

  it.each([
    ['a Latin word, whatever its case', 'QUICK ', 'latin', 'quick'],
    ['a Latin word with letters and digits', 'covid19 ', 'latin', 'COVID19'],
    ['a Latin word typed without its accents', 'elysee ', 'latin', 'Élysée'],
    ['a year in Western digits', '1999 ', 'digits', '1999'],
    ['a year typed in Western digits, written in Arabic-Indic digits', '2023 ', 'digits', '٢٠٢٣'],
    ['a year typed in Persian digits, written in Persian digits', '۱۴۰۲ ', 'digits', '۱۴۰۲'],
    ['a Cyrillic word, whatever its case', 'МОСКВА ', 'cyrillic', 'Москва'],
    ['a run of CJK characters, as one word', '北京欢迎你 ', 'cjk', '北京欢迎你'],
    ['a run of CJK characters by its first three', '北京欢', 'cjk', '北京欢迎你'],
    ['a Hangul word', '서울특별시 ', 'cjk', '서울특별시'],
  ])('finds %s', async (_name, query, id, marked) => {
    const { hits } = await search(query);
    expect(hits.map((hit) => hit.id)).toEqual([id]);
    expect(`${hits[0]!.title} ${hits[0]!.snippet}`).toContain(`<mark>${marked}</mark>`);
  });

  it('answers a query that normalises to nothing with no hits rather than every article', async () => {
    const { hits, total } = await search('ً ٌ ٍ َ ...');
    expect({ hits, total }).toEqual({ hits: [], total: 0 });
  });
});
