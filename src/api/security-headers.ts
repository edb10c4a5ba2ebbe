// Security headers for every response: Hono's secure-headers, tuned for a public JSON API that pages on any origin call.

import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Hono's defaults (nosniff, HSTS, frame and referrer policies, …) with three
 * changes: responses may be read cross-origin (CORS already governs who may
 * read them), a strict CSP covers anything a browser might render from the
 * API, and a header a route set itself (a page's own CSP) is kept.
 */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    crossOriginResourcePolicy: 'cross-origin',
    crossOriginEmbedderPolicy: false,
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    overwrite: false,
  });
}
