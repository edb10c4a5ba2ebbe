// Article text reaches the page as text: markup quoted in an article (tec-001) shows as characters and never runs.

import { describe, expect, inject, it } from 'vitest';
import { hitIds, useChromium, waitForSearch } from './support/browser-session';

const openPage = useChromium();
const baseUrl = inject('baseUrl');

describe('article markup', () => {
  it('renders the <script> and <img onerror> quoted in tec-001 as text', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${baseUrl}/?q=onerror`);
    await waitForSearch(page, 'onerror');
    expect(await hitIds(page)).toEqual(['tec-001']);
    const snippet = await page.locator('.bahth-hit-snippet').innerText();
    expect(snippet).toContain('<script>alert(1)</script>');
    expect(snippet).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('.bahth-results script, .bahth-results img').count()).toBe(0);
    expect(await page.locator('.bahth-hit-snippet mark').allInnerTexts()).toContain('onerror');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps markup inert and drops javascript: links when a hit comes without highlights', async () => {
    const { page, problems } = await openPage();
    const hit = {
      id: 'hostile',
      score: 1,
      url: 'javascript:alert(1)',
      date: null,
      category: null,
      source: null,
      tags: [],
      title: '&lt;img src=x onerror=alert(1)&gt; <mark>عنوان</mark>',
      snippet: '&lt;script&gt;alert(2)&lt;/script&gt; نص',
    };
    await page.route('**/search?*', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ query: 'عنوان', total: 1, offset: 0, limit: 10, hits: [hit] }) }),
    );
    await page.goto(`${baseUrl}/?q=${encodeURIComponent('عنوان')}`);
    await waitForSearch(page, 'عنوان');
    expect(await page.locator('.bahth-hit-title').innerText()).toBe('<img src=x onerror=alert(1)> عنوان');
    expect(await page.locator('.bahth-hit-snippet').innerText()).toBe('<script>alert(2)</script> نص');
    expect(await page.locator('.bahth-hit a, .bahth-results img, .bahth-results script').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
