// Every client error through the Workers runtime: a 400 or 404 with the JSON envelope naming the parameter, never a 500.

import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { get, type Parameters } from './api-client';

async function expectError(path: string, parameters: Parameters, status: number, mentions: readonly string[]): Promise<void> {
  const response = await get(path, parameters);
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe(status === 404 ? 'not_found' : 'invalid_parameter');
  for (const word of mentions) expect(body.error.message).toContain(word);
}

const LONG_QUERY = 'م'.repeat(201);

const SEARCH_ERRORS: readonly { case: string; parameters: Parameters; mentions: readonly string[] }[] = [
  { case: 'q missing', parameters: {}, mentions: ['q is required'] },
  { case: 'q blank', parameters: { q: '   ' }, mentions: ['q is blank'] },
  { case: 'q over 200 characters', parameters: { q: LONG_QUERY }, mentions: ['q', '200'] },
  { case: 'q sent twice', parameters: { q: ['المغرب', 'تونس'] }, mentions: ['q', 'once'] },
  { case: 'limit 0', parameters: { q: 'المغرب', limit: '0' }, mentions: ['limit', '1 to 50'] },
  { case: 'limit 51', parameters: { q: 'المغرب', limit: '51' }, mentions: ['limit', '1 to 50'] },
  { case: 'limit not a number', parameters: { q: 'المغرب', limit: 'ten' }, mentions: ['limit', 'whole number'] },
  { case: 'limit fractional', parameters: { q: 'المغرب', limit: '2.5' }, mentions: ['limit'] },
  { case: 'limit sent twice', parameters: { q: 'المغرب', limit: ['5', '10'] }, mentions: ['limit', 'once'] },
  { case: 'offset negative', parameters: { q: 'المغرب', offset: '-1' }, mentions: ['offset', 'whole number'] },
  { case: 'offset not a number', parameters: { q: 'المغرب', offset: 'x' }, mentions: ['offset'] },
  { case: 'offset too large', parameters: { q: 'المغرب', offset: '10001' }, mentions: ['offset', '10000'] },
  { case: 'sort unknown', parameters: { q: 'المغرب', sort: 'popularity' }, mentions: ['sort', 'relevance, date'] },
  { case: 'facets unknown', parameters: { q: 'المغرب', facets: 'category,author' }, mentions: ['facets', 'category, source, tag', 'author'] },
  { case: 'fields unknown', parameters: { q: 'المغرب', fields: 'title,url' }, mentions: ['fields', 'title, body'] },
  { case: 'fields empty', parameters: { q: 'المغرب', fields: '' }, mentions: ['fields'] },
  { case: 'highlight not a boolean', parameters: { q: 'المغرب', highlight: 'yes' }, mentions: ['highlight', 'true, false'] },
  { case: 'snippet_length too short', parameters: { q: 'المغرب', snippet_length: '39' }, mentions: ['snippet_length', '40 to 500'] },
  { case: 'snippet_length too long', parameters: { q: 'المغرب', snippet_length: '501' }, mentions: ['snippet_length', '40 to 500'] },
  { case: 'from not a date', parameters: { q: 'المغرب', from: '2023/11/05' }, mentions: ['from', 'YYYY-MM-DD'] },
  { case: 'to not a real day', parameters: { q: 'المغرب', to: '2023-02-30' }, mentions: ['to', 'YYYY-MM-DD'] },
  { case: 'from after to', parameters: { q: 'المغرب', from: '2024-01-01', to: '2023-01-01' }, mentions: ['from', 'after', 'to'] },
  { case: 'from sent twice', parameters: { q: 'المغرب', from: ['2023-01-01', '2024-01-01'] }, mentions: ['from', 'once'] },
  { case: 'category empty', parameters: { q: 'المغرب', category: '' }, mentions: ['category', 'empty'] },
  { case: 'tag repeated too often', parameters: { q: 'المغرب', tag: Array.from({ length: 21 }, (_, i) => `t${i}`) }, mentions: ['tag', '20'] },
];

describe('GET /search with bad parameters', () => {
  it.each(SEARCH_ERRORS)('answers 400 naming the parameter when $case', async ({ parameters, mentions }) => {
    await expectError('/search', parameters, 400, mentions);
  });
});

describe('GET /suggest with bad parameters', () => {
  it.each<{ case: string; parameters: Parameters; mentions: string[] }>([
    { case: 'q missing', parameters: {}, mentions: ['q is required'] },
    { case: 'q blank', parameters: { q: ' ' }, mentions: ['q is blank'] },
    { case: 'limit above 10', parameters: { q: 'الم', limit: '11' }, mentions: ['limit', '1 to 10'] },
  ])('answers 400 naming the parameter when $case', async ({ parameters, mentions }) => {
    await expectError('/suggest', parameters, 400, mentions);
  });
});

describe('query strings that are not UTF-8', () => {
  it.each([
    ['/search?q=ab%ED%A0%80', 'q', 'a lone surrogate, percent-encoded'],
    ['/search?q=%C3', 'q', 'a truncated sequence'],
    ['/suggest?q=%FF%FE', 'q', 'bytes that never start a character'],
    ['/search?q=%D8%A7&category=%E0%A4', 'category', 'a bad filter value'],
  ])('answers 400 invalid_parameter for %s (%s is not valid UTF-8: %s)', async (path, parameter) => {
    const response = await SELF.fetch(`https://example.com${path}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid_parameter');
    expect(body.error.message).toContain(`${parameter} is not valid UTF-8`);
  });

  it('accepts a well-formed query with + for spaces and an encoded %', async () => {
    const response = await SELF.fetch('https://example.com/search?q=%D9%85%D8%B1%D8%A7%D9%83%D8%B4+100%25');
    expect(response.status).toBe(200);
  });
});

describe('control characters in q', () => {
  it('drops a NUL inside a word, as zero-width characters are dropped: لا%00فروف finds the seed article, not بروفة', async () => {
    const response = await SELF.fetch('https://example.com/search?q=%D9%84%D8%A7%00%D9%81%D8%B1%D9%88%D9%81');
    const body = (await response.json()) as { hits: { id: string; title: string; snippet: string }[] };
    expect(body.hits[0]?.id).toBe('seed-lavrov-morocco-visit');
    expect(body.hits.map((hit) => `${hit.title} ${hit.snippet}`).join(' ')).not.toContain('<mark>بروفة</mark>');
  });
});

describe('unknown paths and ids', () => {
  it.each(['/nothing-here', '/search/extra', '/articles', '/page.js/x'])('answers 404 with the envelope for %s', async (path) => {
    await expectError(path, {}, 404, ['No endpoint', '/search']);
  });

  it('answers 404 with the envelope for an unknown article id', async () => {
    await expectError('/articles/no-such-article', {}, 404, ['no-such-article']);
  });

  it('answers 404 for a method the API does not serve', async () => {
    const response = await SELF.fetch('https://example.com/search?q=x', { method: 'POST' });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});

describe('hostile input', () => {
  it.each([
    { q: '<script>alert(1)</script>' },
    { q: '"' },
    { q: '-' },
    { q: '- - -' },
    { q: '"""' },
    { q: '-"' },
    { q: '\u0000\uFFFF\uD800' },
    { q: '%' },
    { q: 'المغرب', limit: '1e3' },
    { q: 'المغرب', offset: '' },
    { q: 'المغرب', category: ['a', 'b'], unknown: 'ignored' },
  ] as Parameters[])('never answers 500 (%j)', async (parameters) => {
    const response = await get('/search', parameters);
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });
});
