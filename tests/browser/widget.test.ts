// The embeddable box in Chromium: a page on another origin adds /widget.js and <div data-search> and gets a
// working search box that calls the API cross-origin.

import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fetchJson, saveScreenshot, typeSlowly, useChromium, waitForSearch } from './support/browser-session';
import { findFreePort } from './support/free-port';

const openPage = useChromium();
let host: Server;
let hostUrl: string;
const baseUrl = inject('baseUrl');

/** A plain left-to-right English page, as a site owner might have, with the two lines from the README. */
function hostPage(strict = false): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>A host site</title></head>
<body${strict ? '' : ' style="font-family: Georgia, serif; max-width: 40rem; margin: 2rem auto;"'}>
<h1>Our newsroom</h1>
<p>Search our Arabic archive:</p>
<div data-search data-limit="3"></div>
<aside><div id="second" data-search data-api="${baseUrl}/" data-placeholder="Search the archive"></div></aside>
<script src="${baseUrl}/widget.js" defer></script>
</body>
</html>`;
}

beforeAll(async () => {
  const port = await findFreePort();
  host = createServer((request, response) => {
    const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8' };
    // /strict: a host whose CSP allows the worker's origin and nothing inline, as a careful site would.
    if (request.url === '/strict') {
      const api = new URL(baseUrl).origin;
      headers['Content-Security-Policy'] = `default-src 'none'; script-src ${api}; connect-src ${api}; style-src ${api}`;
    }
    response.writeHead(200, headers);
    response.end(hostPage(request.url === '/strict'));
  });
  await new Promise<void>((resolve) => host.listen(port, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${port}/`;
});

afterAll(async () => {
  await new Promise((resolve) => host?.close(resolve));
});

describe('the widget', () => {
  it('searches the API from a page on another origin', async () => {
    expect(new URL(hostUrl).origin).not.toBe(new URL(baseUrl).origin);
    const { page, problems } = await openPage();
    await page.goto(hostUrl);
    const widget = '[data-search]:not(#second)';
    await page.locator(`${widget} .bahth-input`).waitFor();
    expect(await page.locator(widget).getAttribute('dir')).toBe('rtl');
    await typeSlowly(page, 'المغرب', `${widget} .bahth-input`);
    await waitForSearch(page, 'المغرب', 'results', widget);
    expect(await page.locator(`${widget} .bahth-hit`).count()).toBe(3);
    expect(await page.locator(`${widget} .bahth-hit mark`).count()).toBeGreaterThan(0);
    expect(await page.locator(`${widget} .bahth-more`).isVisible()).toBe(true);
    await saveScreenshot(page, 'widget-on-another-origin');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('mounts every data-search element with its own options', async () => {
    const { page, problems } = await openPage();
    await page.goto(hostUrl);
    await page.locator('#second .bahth-input').waitFor();
    const ids = await page.locator('.bahth-input').evaluateAll((inputs) => inputs.map((input) => input.id));
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect(await page.locator('#second .bahth-input').getAttribute('placeholder')).toBe('Search the archive');
    const { body } = await fetchJson(`/search?q=${encodeURIComponent('المغرب')}&limit=1`);
    await typeSlowly(page, 'المغرب', '#second .bahth-input');
    await waitForSearch(page, 'المغرب', 'results', '#second');
    expect(await page.locator('#second .bahth-hit').count()).toBe(Math.min(Number(body?.['total']), 5));
    expect(await page.locator('[data-search]:not(#second) .bahth-hit').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('is a script that other origins may load', async () => {
    const response = await fetch(`${baseUrl}/widget.js`);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(await response.text()).toContain('data-search');
  });

  it('works and is styled on a host page whose CSP forbids inline styles', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${hostUrl}strict`);
    const widget = '[data-search]:not(#second)';
    await page.locator(`${widget} .bahth-input`).waitFor();
    // widget.css is linked, not inlined, so the component's rules apply under style-src <worker origin>.
    await page.waitForFunction("getComputedStyle(document.querySelector('[data-search] .bahth-input')).borderTopLeftRadius !== '0px'");
    await typeSlowly(page, 'المغرب', `${widget} .bahth-input`);
    await waitForSearch(page, 'المغرب', 'results', widget);
    expect(await page.locator(`${widget} .bahth-hit`).count()).toBe(3);
    expect(problems).toEqual([]);
    await page.close();
  });
});
