// Safe output: articles carrying markup, quotes, entities and bidi controls come back escaped in every HTML field, verbatim in every text field.

import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../scripts/content/load-articles';
import { type PresentationOptions, presentHits } from '../../src/api/present-hits';
import type { SearchHit, SearchResponse } from '../../src/api/schemas';
import type { Article } from '../../src/content/article';
import { type Engine, loadEngine } from '../../src/loading/load-engine';
import { type ParsedQuery, parseQuery } from '../../src/query/parse-query';
import { findArticles } from '../../src/search/search';
import { DEFAULT_SNIPPET_LENGTH } from '../../src/snippets/make-snippet';
import { buildFiles, createMemoryApp, createMemoryReader } from './in-memory-index';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/hostile/hostile-articles.jsonl');
const QUERIES = ['مراكش', 'الرباط', 'script', 'alert', 'img', 'onerror', 'mark', 'amp', 'quot', 'معكوسة', 'javascript', 'href'];

const ENTITY = /&(?:amp|lt|gt|quot|#39);/g;
const unescape = (html: string): string =>
  html.replace(ENTITY, (entity) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" })[entity] ?? entity);
const BIDI_SCOPE_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/gu;
/** What a snippet shows of article text: bidi scope controls dropped, white space collapsed. */
const display = (text: string): string => text.replace(BIDI_SCOPE_CONTROLS, '').replace(/\s+/gu, ' ');

let articles: Article[];
let files: Map<string, Uint8Array>;
let engine: Engine;

beforeAll(async () => {
  const loaded = await loadArticles([FIXTURE]);
  expect(loaded.problems).toEqual([]);
  articles = loaded.articles;
  files = await buildFiles(articles);
  engine = await loadEngine(createMemoryReader(files));
});

/** HTML fields hold escaped text and <mark> only; text fields hold the article's own text. */
function expectSafeHit(hit: SearchHit): void {
  const source = articles.find((candidate) => candidate.id === hit.id);
  expect(source).toBeDefined();
  for (const [html, highlight] of [
    [hit.title, hit.highlights.title],
    [hit.snippet, hit.highlights.snippet],
  ] as const) {
    const unmarked = html.replace(/<\/?mark>/g, '');
    expect(unmarked).not.toMatch(/[<>"'\u202a-\u202e\u2066-\u2069]/);
    expect(unmarked.replace(ENTITY, '')).not.toContain('&');
    expect(unescape(unmarked)).toBe(highlight.text);
    for (const [start, end] of highlight.ranges) expect(highlight.text.slice(start, end).length).toBe(end - start);
  }
  expect(hit.highlights.title.text).toBe(display(source!.title));
  expect(display(source!.body)).toContain(hit.highlights.snippet.text.replace(/^…|…$/g, ''));
  expect([hit.url, hit.category, hit.source, hit.tags]).toEqual([
    source!.url ?? null,
    source!.category ?? null,
    source!.source ?? null,
    source!.tags ?? [],
  ]);
}

/** How the /search route presents hits by default: highlighted, with the default snippet length. */
function presentation(query: ParsedQuery): PresentationOptions {
  return { query, highlight: true, snippetLength: DEFAULT_SNIPPET_LENGTH };
}

describe('hostile articles through search and presentHits', () => {
  it.each(QUERIES)('escapes every HTML field and keeps every text field verbatim for the query %s', async (query) => {
    const parsed = parseQuery(`${query} `);
    const hits = await presentHits(engine, (await findArticles(engine, parsed)).ranked, presentation(parsed));
    for (const hit of hits) expectSafeHit(hit);
  });

  it('finds the hostile articles, so the checks above see marked output', async () => {
    const parsed = parseQuery('مراكش الرباط ');
    const hits = await presentHits(engine, (await findArticles(engine, parsed)).ranked, presentation(parsed));
    expect(hits.length).toBeGreaterThanOrEqual(4);
    expect(hits.some((hit) => hit.title.includes('<mark>'))).toBe(true);
    expect(hits.some((hit) => hit.snippet.includes('<mark>'))).toBe(true);
  });

  it('turns an article’s own <mark> tags into text, never into marks', async () => {
    const hits = await presentHits(engine, (await findArticles(engine, parseQuery('علامة '))).ranked, presentation(parseQuery('علامة ')));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.snippet).toContain('&lt;mark&gt;ليست <mark>علامة</mark>&lt;/mark&gt;');
  });

  it('drops bidi overrides, so a snippet cannot reverse the page after it, and keeps the word marked', async () => {
    const hits = await presentHits(engine, (await findArticles(engine, parseQuery('معكوسة '))).ranked, presentation(parseQuery('معكوسة ')));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.snippet).toContain('كلمة <mark>معكوسة</mark> ثم');
    expect(hits[0]!.highlights.snippet.text).not.toMatch(BIDI_SCOPE_CONTROLS);
  });
});

describe('hostile articles through the app', () => {
  it.each(QUERIES)('answers /search?q=%s with safe hits and headers that stop a browser from sniffing HTML', async (query) => {
    const app = createMemoryApp(files);
    const response = await app.request(`/search?q=${encodeURIComponent(query)}&limit=50`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const body = (await response.json()) as SearchResponse;
    for (const hit of body.hits) expectSafeHit(hit);
  });
});
