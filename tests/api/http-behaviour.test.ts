// HTTP behaviour through the Workers runtime: ETag and 304, Cache-Control, the Cache API, CORS, Server-Timing, rate limiting, analytics.

import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/create-app';
import { createEngineProvider } from '../../src/api/engine-provider';
import { get, urlOf } from './api-client';

describe('ETag and If-None-Match', () => {
  it('answers 304 without a body when the ETag is current', async () => {
    const first = await get('/search', { q: 'لافروف' });
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const second = await get('/search', { q: 'لافروف' }, { 'If-None-Match': etag! });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe('');
    expect(second.headers.get('etag')).toBe(etag);
  });

  it('gives the same ETag to the same request with parameters in another order', async () => {
    const a = await get('/search', { q: 'المغرب', category: ['اقتصاد', 'رياضة'], limit: '5' });
    const b = await get(`/search`, { limit: '5', category: ['رياضة', 'اقتصاد'], q: 'المغرب' });
    expect(a.headers.get('etag')).toBe(b.headers.get('etag'));
  });

  it('gives different requests different ETags', async () => {
    const a = await get('/search', { q: 'المغرب' });
    const b = await get('/search', { q: 'المغرب', offset: '1' });
    expect(a.headers.get('etag')).not.toBe(b.headers.get('etag'));
  });

  it('answers 200 when If-None-Match holds another ETag', async () => {
    const response = await get('/search', { q: 'لافروف' }, { 'If-None-Match': '"0000"' });
    expect(response.status).toBe(200);
  });

  it.each([
    ['/suggest', { q: 'لاف' }],
    ['/articles/101', {}],
  ] as const)('also validates %s', async (path, parameters) => {
    const etag = (await get(path, parameters)).headers.get('etag')!;
    expect((await get(path, parameters, { 'If-None-Match': etag })).status).toBe(304);
  });
});

describe('validators only on answers that can be revalidated', () => {
  it('sends a 404 for an unknown article id without an ETag or public caching, and never turns it into a 304', async () => {
    const response = await get('/articles/no-such-article');
    expect(response.status).toBe(404);
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('cache-control') ?? '').not.toContain('public');
    expect((await get('/articles/no-such-article', {}, { 'If-None-Match': '*' })).status).toBe(404);
  });

  it('sends no empty Server-Timing header with an article', async () => {
    const response = await get('/articles/101', { pretty: 'true' });
    expect(response.headers.has('server-timing')).toBe(false);
  });

  it('gives fields=title,body, the default spelled out, the ETag of no fields parameter', async () => {
    const plain = await get('/search', { q: 'المغرب' });
    const spelled = await get('/search', { q: 'المغرب', fields: 'body,title' });
    expect(spelled.headers.get('etag')).toBe(plain.headers.get('etag'));
  });
});

describe('Cache-Control and the Cache API', () => {
  it('marks answers public for CACHE_MAX_AGE seconds', async () => {
    const response = await get('/search', { q: 'المغرب' });
    expect(response.headers.get('cache-control')).toBe(`public, max-age=${env.CACHE_MAX_AGE}`);
  });

  it('answers a repeated query from caches.default with the same body', async () => {
    const parameters = { q: 'الصويرة', limit: '2' };
    const app = createApp(createEngineProvider());
    const context = createExecutionContext();
    const first = await app.request(urlOf('/search', parameters), {}, env, context);
    const firstBody = await first.text();
    await waitOnExecutionContext(context);
    const second = await app.request(urlOf('/search', parameters), {}, env, createExecutionContext());
    expect(second.headers.get('server-timing')).toContain('cache');
    expect(await second.text()).toBe(firstBody);
  });
});

describe('Server-Timing', () => {
  it('reports the parse, search and snippet phases of a fresh search', async () => {
    const response = await get('/search', { q: 'مراكش', offset: '0', limit: '7' });
    const timing = response.headers.get('server-timing') ?? '';
    for (const phase of ['parse', 'search', 'snippets']) expect(timing).toMatch(new RegExp(`${phase};dur=\\d`));
  });
});

describe('CORS', () => {
  it('answers an OPTIONS preflight with the allowed methods and no body', async () => {
    const { SELF } = await import('cloudflare:test');
    const response = await SELF.fetch('https://example.com/search?q=x', {
      method: 'OPTIONS',
      headers: { Origin: 'https://news.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('exposes ETag and Server-Timing to browser clients', async () => {
    const response = await get('/search', { q: 'x' }, { Origin: 'https://news.example' });
    expect(response.headers.get('access-control-expose-headers')).toMatch(/ETag.*Server-Timing/);
  });

  it('allows only the listed origins when ALLOWED_ORIGINS lists some', async () => {
    const app = createApp(createEngineProvider());
    const listed = { ...env, ALLOWED_ORIGINS: 'https://a.example, https://b.example' };
    const allowed = await app.request(urlOf('/health'), { headers: { Origin: 'https://b.example' } }, listed);
    const refused = await app.request(urlOf('/health'), { headers: { Origin: 'https://evil.example' } }, listed);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://b.example');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('rate limiting (with a RATE_LIMITER binding)', () => {
  function limiterAllowing(count: number): RateLimit & { keys: string[] } {
    const keys: string[] = [];
    return {
      keys,
      async limit({ key }) {
        keys.push(key);
        return { success: keys.length <= count };
      },
    };
  }

  it('answers 429 with Retry-After and the envelope once the binding refuses', async () => {
    const limiter = limiterAllowing(1);
    const app = createApp(createEngineProvider());
    const limited = { ...env, RATE_LIMITER: limiter };
    const headers = { 'CF-Connecting-IP': '203.0.113.7' };
    expect((await app.request(urlOf('/search', { q: 'x' }), { headers }, limited)).status).toBe(200);
    const refused = await app.request(urlOf('/search', { q: 'x' }), { headers }, limited);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    expect(limiter.keys).toEqual(['203.0.113.7', '203.0.113.7']);
  });

  it('is off without the binding', async () => {
    for (let i = 0; i < 5; i++) expect((await get('/search', { q: 'x', offset: String(i) })).status).toBe(200);
  });
});

describe('query analytics (with a SEARCH_ANALYTICS binding)', () => {
  it('records the normalised query and whether it found anything, nothing about the reader', async () => {
    const points: AnalyticsEngineDataPoint[] = [];
    const app = createApp(createEngineProvider());
    const withAnalytics = { ...env, SEARCH_ANALYTICS: { writeDataPoint: (point?: AnalyticsEngineDataPoint) => void points.push(point ?? {}) } };
    const headers = { 'CF-Connecting-IP': '203.0.113.7', 'User-Agent': 'reader-browser' };
    await app.request(urlOf('/search', { q: 'المدرسة ' }), { headers }, withAnalytics);
    await app.request(urlOf('/search', { q: 'كلمةغيرموجودة ' }), { headers }, withAnalytics);
    expect(points.map((point) => point.blobs)).toEqual([
      ['المدرسه', 'hit'],
      ['كلمهغيرموجوده', 'zero'],
    ]);
    expect(JSON.stringify(points)).not.toMatch(/203\.0\.113\.7|reader-browser/);
  });

  it('records a search answered from the cache or with 304 too, as a repeat', async () => {
    const points: AnalyticsEngineDataPoint[] = [];
    const app = createApp(createEngineProvider());
    const withAnalytics = { ...env, SEARCH_ANALYTICS: { writeDataPoint: (point?: AnalyticsEngineDataPoint) => void points.push(point ?? {}) } };
    const url = urlOf('/search', { q: 'الرباط ', limit: '3' });
    const first = await app.request(url, {}, withAnalytics);
    await app.request(url, { headers: { 'If-None-Match': first.headers.get('ETag')! } }, withAnalytics);
    expect(points).toHaveLength(2);
    expect(points[0]?.blobs?.[1]).toBe('hit');
    expect(points[1]?.blobs).toEqual([points[0]?.blobs?.[0], 'repeat']);
  });
});
