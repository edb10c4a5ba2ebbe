// The search page's states in Chromium: suggestions by keyboard, "more results", empty, error and "did you mean".
// Answers the API cannot give yet (suggestions, did-you-mean, failures) are played by page.route with the
// documented JSON shapes, so the page's handling of them is pinned before and after the API grows.

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { fetchJson, hitIds, typeSlowly, useChromium, waitForSearch } from './support/browser-session';

const openPage = useChromium();
const baseUrl = inject('baseUrl');

const SUGGESTIONS = {
  query: 'الم',
  suggestions: [
    { text: 'المغرب', query: 'المغرب', count: 8 },
    { text: 'المدينة القديمة', query: 'المدينة القديمة', count: 9 },
  ],
};

async function fulfillJson(page: Page, pattern: string, status: number, body: unknown): Promise<void> {
  await page.route(pattern, (route) => route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) }));
}

describe('suggestions under the box', () => {
  it('are picked with the arrow keys and Enter, then searched', async () => {
    const { page } = await openPage();
    await fulfillJson(page, '**/suggest?*', 200, SUGGESTIONS);
    await page.goto(`${baseUrl}/`);
    await typeSlowly(page, 'الم');
    const options = page.locator('#search [role="listbox"] [role="option"]');
    await options.first().waitFor();
    expect(await options.allInnerTexts()).toEqual([expect.stringContaining('المغرب'), expect.stringContaining('المدينة القديمة')]);
    const input = page.locator('#search .bahth-input');
    expect(await input.getAttribute('aria-expanded')).toBe('true');

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');

    await page.keyboard.press('Enter');
    await waitForSearch(page, 'المدينة القديمة');
    expect(await input.inputValue()).toBe('المدينة القديمة');
    expect(await page.locator('#search [role="listbox"]').isHidden()).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('المدينة القديمة');
    await page.close();
  });

  it('close with Escape and leave the typed query alone', async () => {
    const { page } = await openPage();
    await fulfillJson(page, '**/suggest?*', 200, SUGGESTIONS);
    await page.goto(`${baseUrl}/`);
    await typeSlowly(page, 'الم');
    await page.locator('#search [role="option"]').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await page.locator('#search [role="listbox"]').isHidden()).toBe(true);
    expect(await page.locator('#search .bahth-input').inputValue()).toBe('الم');
    await page.close();
  });

  it('stay out of the way when the API has no /suggest yet', async () => {
    const { page, problems } = await openPage();
    await fulfillJson(page, '**/suggest?*', 404, { error: { code: 'not_found', message: 'No endpoint' } });
    await page.goto(`${baseUrl}/`);
    await typeSlowly(page, 'تونس');
    await waitForSearch(page, 'تونس');
    expect(await page.locator('#search [role="listbox"]').isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('suggestions and "did you mean" from the real API', () => {
  it('lists what /suggest offers for a half-typed word', async () => {
    const { status, body } = await fetchJson(`/suggest?q=${encodeURIComponent('الم')}&limit=6`);
    expect(status).toBe(200);
    const offered = (body?.['suggestions'] as { text: string }[] | undefined)?.map((suggestion) => suggestion.text) ?? [];
    expect(offered.length).toBeGreaterThan(0);
    const { page } = await openPage();
    await page.goto(`${baseUrl}/`);
    await typeSlowly(page, 'الم');
    const options = page.locator('#search [role="option"] .bahth-suggestion-text');
    await options.first().waitFor();
    expect(await options.allInnerTexts()).toEqual(offered);
    await page.close();
  });

  it('offers the correction the API suggests for a misspelt query', async () => {
    // Typo tolerance already finds a loosely misspelt word, so the misspelling sits in a phrase, which is matched as written.
    const typo = '"سيرغى لافرزف"';
    const { body } = await fetchJson(`/search?q=${encodeURIComponent(typo)}`);
    const suggestion = body?.['suggestion'];
    expect(typeof suggestion, 'the API should suggest a correction for a phrase that finds nothing').toBe('string');
    if (typeof suggestion !== 'string') return;
    const { page } = await openPage();
    await page.goto(`${baseUrl}/?q=${encodeURIComponent(typo)}`);
    await page.locator('#search .bahth-did-you-mean').getByRole('link', { name: suggestion }).click();
    await waitForSearch(page, suggestion);
    expect(await page.locator('.bahth-hit').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('names the correction behind hits found only through typo tolerance, as a link to its search', async () => {
    const typo = 'مهرجاان';
    const { body } = await fetchJson(`/search?q=${encodeURIComponent(typo)}`);
    expect(Number(body?.['total']), 'typo tolerance should find the festival articles').toBeGreaterThan(0);
    expect(body?.['suggestion']).toBe('مهرجان');
    const { page } = await openPage();
    await page.goto(`${baseUrl}/?q=${encodeURIComponent(typo)}`);
    await waitForSearch(page, typo);
    const didYouMean = page.locator('#search .bahth-did-you-mean');
    expect(await didYouMean.innerText()).toContain('هل تقصد');
    const link = didYouMean.getByRole('link', { name: 'مهرجان' });
    expect(new URL((await link.getAttribute('href'))!, baseUrl).searchParams.get('q')).toBe('مهرجان');
    await link.click();
    await waitForSearch(page, 'مهرجان');
    expect(new URL(page.url()).searchParams.get('q')).toBe('مهرجان');
    expect(await page.locator('#search .bahth-did-you-mean').isHidden()).toBe(true);
    await page.close();
  });
});

describe('result states', () => {
  it('loads the next page of hits under the first with "more results"', async () => {
    const query = 'عام';
    const { body } = await fetchJson(`/search?q=${encodeURIComponent(query)}&limit=1`);
    const total = Number(body?.['total']);
    expect(total, 'the sample corpus should have more than one page of hits for this query').toBeGreaterThan(10);
    const { page } = await openPage();
    await page.goto(`${baseUrl}/?q=${encodeURIComponent(query)}`);
    await waitForSearch(page, query);
    const firstPage = await hitIds(page);
    expect(firstPage).toHaveLength(10);
    await page.locator('#search .bahth-more').click();
    // Either the next page arrives or the page says why not (an error state names its cause).
    await page.locator('.bahth-hit:nth-child(11), #search[data-state="error"]').first().waitFor();
    const state = await page.locator('#search').getAttribute('data-state');
    expect(state, await page.locator('#search .bahth-status').innerText()).toBe('results');
    const allHits = await hitIds(page);
    expect(allHits.slice(0, 10)).toEqual(firstPage);
    expect(new Set(allHits).size).toBe(Math.min(total, 20));
    await page.close();
  });

  it('says clearly when nothing matches', async () => {
    const { page } = await openPage();
    await page.goto(`${baseUrl}/?q=${encodeURIComponent('زرزرزرزر')}`);
    await waitForSearch(page, 'زرزرزرزر', 'empty');
    expect(await page.locator('#search .bahth-status').innerText()).toContain('لا نتائج');
    expect(await page.locator('.bahth-hit').count()).toBe(0);
    await page.close();
  });

  it('shows the API error with a retry button that recovers', async () => {
    const { page } = await openPage();
    await fulfillJson(page, '**/search?*', 503, { error: { code: 'index_unavailable', message: 'The index is being rebuilt.' } });
    await page.goto(`${baseUrl}/?q=${encodeURIComponent('تونس')}`);
    await page.locator('#search[data-state="error"]').waitFor();
    const status = await page.locator('#search .bahth-status').innerText();
    expect(status).toContain('تعذّر');
    expect(status).toContain('The index is being rebuilt.');
    await page.unroute('**/search?*');
    await page.getByRole('button', { name: 'أعد المحاولة' }).click();
    await waitForSearch(page, 'تونس');
    expect(await page.locator('.bahth-hit').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('tells the reader when the network is down', async () => {
    const { page } = await openPage();
    await page.route('**/search?*', (route) => route.abort('internetdisconnected'));
    await page.goto(`${baseUrl}/?q=${encodeURIComponent('تونس')}`);
    await page.locator('#search[data-state="error"]').waitFor();
    expect(await page.locator('#search .bahth-status').innerText()).toContain('تعذّر الاتصال');
    await page.close();
  });

  it('offers "did you mean" when the API sends a suggestion, and searches it on click', async () => {
    const typo = 'المغرپ';
    const { page } = await openPage();
    await page.route('**/search?*', async (route) => {
      if (new URL(route.request().url()).searchParams.get('q') !== typo) return route.continue();
      return route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ query: typo, total: 0, offset: 0, limit: 10, hits: [], suggestion: 'المغرب' }),
      });
    });
    await page.goto(`${baseUrl}/?q=${encodeURIComponent(typo)}`);
    await waitForSearch(page, typo, 'empty');
    const didYouMean = page.locator('#search .bahth-did-you-mean');
    expect(await didYouMean.innerText()).toContain('هل تقصد');
    await didYouMean.getByRole('link', { name: 'المغرب' }).click();
    await waitForSearch(page, 'المغرب');
    expect(new URL(page.url()).searchParams.get('q')).toBe('المغرب');
    await page.close();
  });

  it('says "at least" when the API could confirm only part of a phrase query (total_exact false)', async () => {
    const phrase = '"تونس اليوم"';
    const { page } = await openPage();
    await page.route('**/search?*', async (route) => {
      const upstream = await route.fetch({ url: route.request().url().replace(encodeURIComponent(phrase), encodeURIComponent('تونس')) });
      const body = (await upstream.json()) as { total: number };
      return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...body, query: phrase, total: 12, total_exact: false }) });
    });
    await page.goto(`${baseUrl}/?q=${encodeURIComponent(phrase)}`);
    await waitForSearch(page, phrase);
    expect(await page.locator('#search .bahth-status').innerText()).toContain('على الأقل');
    await page.unroute('**/search?*');
    await page.goto(`${baseUrl}/?q=${encodeURIComponent('تونس')}`);
    await waitForSearch(page, 'تونس');
    expect(await page.locator('#search .bahth-status').innerText()).not.toContain('على الأقل');
    await page.close();
  });
});
