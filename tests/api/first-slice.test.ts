import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

interface Hit {
  id: string;
  title: string;
  snippet: string;
}

async function search(query: string): Promise<{ status: number; body: { total: number; hits: Hit[] } }> {
  const response = await SELF.fetch(`https://bahth.test/search?q=${encodeURIComponent(query)}`);
  return { status: response.status, body: (await response.json()) as { total: number; hits: Hit[] } };
}

describe('the first slice through the Workers runtime', () => {
  it('finds the seed article first for لافروف and marks the name in its snippet', async () => {
    const { status, body } = await search('لافروف');
    expect(status).toBe(200);
    expect(body.hits[0]?.id).toBe('seed-lavrov-morocco-visit');
    expect(body.hits[0]?.snippet).toContain('<mark>لافروف</mark>');
  });

  it('reports a healthy index with its versions and document count', async () => {
    const response = await SELF.fetch('https://bahth.test/health');
    expect(response.status).toBe(200);
    const health = (await response.json()) as { status: string; documents: number; formatVersion: number };
    expect(health.status).toBe('ok');
    expect(health.documents).toBeGreaterThanOrEqual(31);
  });
});
