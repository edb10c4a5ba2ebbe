// The search page in Chromium against wrangler dev on the sample corpus: typing, spelling variants, history.

import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, hitIds, PHONE, saveScreenshot, typeSlowly, useChromium, waitForSearch } from './support/browser-session';

const openPage = useChromium();
const baseUrl = inject('baseUrl');

describe('the search page', () => {
  it('is a right-to-left Arabic document', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${baseUrl}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.evaluate("getComputedStyle(document.querySelector('#search .bahth-input')).direction")).toBe('rtl');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows results with marked words while an Arabic query is typed letter by letter', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${baseUrl}/`);
    await typeSlowly(page, 'المغرب');
    await waitForSearch(page, 'المغرب');
    expect(await page.locator('.bahth-hit').count()).toBeGreaterThan(0);
    const marked = await page.locator('.bahth-hit mark').allInnerTexts();
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.some((text) => text.replace(/\u0640/g, '').includes('المغرب'))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('never lets a slow answer for an earlier prefix replace the results of the full query', async () => {
    const { page } = await openPage();
    await page.route('**/search?*', async (route) => {
      const query = new URL(route.request().url()).searchParams.get('q');
      if (query !== 'المغرب') await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue().catch(() => undefined);
    });
    await page.goto(`${baseUrl}/`);
    await typeSlowly(page, 'الم');
    await page.waitForTimeout(400);
    await typeSlowly(page, 'غرب');
    await waitForSearch(page, 'المغرب');
    const idsForFullQuery = await hitIds(page);
    await page.waitForTimeout(2_000);
    expect(await page.locator('#search .bahth-status').innerText()).toContain('«المغرب»');
    expect(await hitIds(page)).toEqual(idsForFullQuery);
    await page.close();
  });

  it.each([
    ['a fully vowelled query', 'المَدِينَةُ القَدِيمَةُ', 'cul-007'],
    ['a query with clitics attached', 'وبمراكش', 'marrakech-tourism-record'],
    ['a query with alef wasla and tashkeel', 'ٱلْمَدِينَةُ ٱلْقَدِيمَةُ', 'cul-007'],
  ])('finds the article for %s (%s)', async (_label, query, expectedId) => {
    const { page } = await openPage();
    await page.goto(`${baseUrl}/`);
    await page.locator('#search .bahth-input').fill(query);
    await page.keyboard.press('Enter');
    await waitForSearch(page, query);
    expect((await hitIds(page))[0]).toBe(expectedId);
    expect(await page.locator('.bahth-hit').first().locator('mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('puts the query in the URL and restores the previous query on Back', async () => {
    const { page } = await openPage();
    await page.goto(`${baseUrl}/`);
    await typeSlowly(page, 'المغرب');
    await waitForSearch(page, 'المغرب');
    await page.waitForURL((url) => url.searchParams.get('q') === 'المغرب');
    const moroccoHits = await hitIds(page);

    await page.locator('#search .bahth-input').selectText();
    await typeSlowly(page, 'تونس');
    await waitForSearch(page, 'تونس');
    await page.waitForURL((url) => url.searchParams.get('q') === 'تونس');
    expect(await hitIds(page)).not.toEqual(moroccoHits);

    await page.goBack();
    await waitForSearch(page, 'المغرب');
    expect(await page.locator('#search .bahth-input').inputValue()).toBe('المغرب');
    expect(await hitIds(page)).toEqual(moroccoHits);
    expect(await page.title()).toContain('المغرب');

    await page.goForward();
    await waitForSearch(page, 'تونس');
    expect(await page.locator('#search .bahth-input').inputValue()).toBe('تونس');
    await page.close();
  });

  it('opens a shared link /?q=… with its results', async () => {
    const { page } = await openPage();
    await page.goto(`${baseUrl}/?q=${encodeURIComponent('كأس إفريقيا')}`);
    await waitForSearch(page, 'كأس إفريقيا');
    expect(await page.locator('#search .bahth-input').inputValue()).toBe('كأس إفريقيا');
    expect(await hitIds(page)).toContain('spo-002');
    await page.close();
  });

  it.each([
    ['desktop', DESKTOP],
    ['mobile', PHONE],
  ])('renders results legibly at %s width (screenshot saved to test-results/)', async (name, viewport) => {
    const { page, problems } = await openPage(viewport);
    // A query whose hits are all articles written for the project, so the screenshot quotes no publisher's text.
    await page.goto(`${baseUrl}/?q=${encodeURIComponent('تونس')}`);
    await waitForSearch(page, 'تونس');
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBe(0);
    await saveScreenshot(page, `search-page-${name}`);
    expect(problems).toEqual([]);
    await page.close();
  });
});
