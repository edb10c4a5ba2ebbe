// GET / (the search page), /page.js (with its source map) and /page.css, with security headers that fit a page
// whose scripts and styles all come from this origin.

import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { PAGE_SCRIPT, PAGE_SCRIPT_MAP, PAGE_STYLE } from '../../page/page-assets';
import { renderPageHtml } from '../../page/page-html';

/** Browsers may reuse the page's files for five minutes; the names carry no version, so keep it short. */
const ASSET_CACHE_CONTROL = 'public, max-age=300';

/**
 * Only same-origin scripts, styles and API calls; no inline code, no plugins, no framing. `data:` images
 * cover the empty favicon link. The widget does not get these headers: it runs inside other sites.
 */
const pageSecurityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    connectSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  xFrameOptions: 'DENY',
  referrerPolicy: 'strict-origin-when-cross-origin',
  strictTransportSecurity: false,
  permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
});

function sendText(c: Context, body: string, contentType: string, cacheControl: string): Response {
  return c.body(body, 200, { 'Content-Type': contentType, 'Cache-Control': cacheControl });
}

export function registerPageRoutes(app: OpenAPIHono<{ Bindings: Env }>): void {
  app.get('/', pageSecurityHeaders, (c) => sendText(c, renderPageHtml(new URL(c.req.url).origin), 'text/html; charset=utf-8', 'no-cache'));
  app.get('/page.js', pageSecurityHeaders, (c) => sendText(c, PAGE_SCRIPT, 'text/javascript; charset=utf-8', ASSET_CACHE_CONTROL));
  app.get('/page.js.map', pageSecurityHeaders, (c) => sendText(c, PAGE_SCRIPT_MAP, 'application/json; charset=utf-8', ASSET_CACHE_CONTROL));
  app.get('/page.css', pageSecurityHeaders, (c) => sendText(c, PAGE_STYLE, 'text/css; charset=utf-8', ASSET_CACHE_CONTROL));
}
