// Every response carries the security headers, and no error body leaks a stack trace or an internal path.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/api/create-app';
import type { Engine } from '../../src/loading/load-engine';
import { article, buildFiles, createMemoryApp } from './in-memory-index';

const files = await buildFiles([article('1', 'مراكش تستضيف المنتدى', 'تستضيف مراكش منتدى التعاون.')]);
const app = createMemoryApp(files);
/** An app whose engine fails in a way no client caused: it must answer a generic 500. */
const brokenApp = createApp(async () => {
  const engine = { manifest: undefined } as unknown as Engine;
  return engine.manifest.segments as never;
});

const EXPECTED_HEADERS: readonly [string, RegExp][] = [
  ['x-content-type-options', /^nosniff$/],
  ['x-frame-options', /^SAMEORIGIN$|^DENY$/],
  ['referrer-policy', /^no-referrer$/],
  ['strict-transport-security', /max-age=\d+/],
  ['cross-origin-resource-policy', /^cross-origin$/],
];

/** Every header above, and on a JSON body a deny-all CSP too (a body-less 204 has nothing to protect). */
function expectSecurityHeaders(response: Response): void {
  for (const [name, value] of EXPECTED_HEADERS) expect(response.headers.get(name), name).toMatch(value);
  if (response.headers.get('content-type')?.startsWith('application/json')) {
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
  }
}

const REQUESTS: readonly [string, string, number][] = [
  ['GET', '/search?q=%D9%85%D8%B1%D8%A7%D9%83%D8%B4', 200],
  ['GET', '/health', 200],
  ['GET', '/search', 400],
  ['GET', '/search?q=x&limit=abc', 400],
  ['GET', '/nowhere', 404],
  ['POST', '/search?q=x', 404],
  ['OPTIONS', '/search', 204],
  ['HEAD', '/search?q=x', 200],
];

afterEach(() => {
  vi.restoreAllMocks();
});

const INTERNAL_DETAIL = /\bat \S+ \(|node_modules|\/work\/|\/home\/|\.ts:\d|file:\/\/|TypeError|Cannot read/;

describe('security headers', () => {
  it.each(REQUESTS)('are on %s %s (status %i)', async (method, path, status) => {
    const response = await app.request(path, {
      method,
      headers: method === 'OPTIONS' ? { origin: 'https://example.org', 'access-control-request-method': 'GET' } : {},
    });
    expect(response.status).toBe(status);
    expectSecurityHeaders(response);
  });

  it('are on the 500 an unexpected failure produces', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await brokenApp.request('/health');
    expect(response.status).toBe(500);
    expectSecurityHeaders(response);
  });

  it('still let any origin read the API through CORS', async () => {
    const response = await app.request('/health', { headers: { origin: 'https://example.org' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('error bodies', () => {
  it.each(REQUESTS.filter(([method, , status]) => status >= 400 && method !== 'HEAD'))(
    'on %s %s are the envelope with no internal detail',
    async (method, path) => {
      const body = (await (await app.request(path, { method })).json()) as { error: { code: string; message: string } };
      expect(Object.keys(body)).toEqual(['error']);
      expect(Object.keys(body.error).sort()).toEqual(['code', 'message']);
      expect(body.error.message).not.toMatch(INTERNAL_DETAIL);
    },
  );

  it('hide the cause of an unexpected failure behind a generic message, logged once on the server', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const body = (await (await brokenApp.request('/search?q=x')).json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('internal_error');
    expect(body.error.message).not.toMatch(INTERNAL_DETAIL);
    expect(logged).toHaveBeenCalledTimes(1);
  });
});
