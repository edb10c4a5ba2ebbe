// Security headers for every response: Hono's secure-headers, tuned for a public JSON API that pages on any origin call.

import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/** Nothing in a JSON answer may load, frame or submit anything, should a browser ever render one. */
const JSON_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Hono's defaults (nosniff, HSTS, frame and referrer policies, …) on every
 * response, with responses readable cross-origin (CORS already governs who may
 * read them) and a header a route set itself (the page's CSP, the widget's
 * resource policy) kept. JSON responses also get a deny-all CSP; other routes
 * bring their own.
 */
export function securityHeaders(): MiddlewareHandler {
  const common = secureHeaders({ crossOriginResourcePolicy: 'cross-origin', crossOriginEmbedderPolicy: false, overwrite: false });
  return (c, next) =>
    common(c, async () => {
      await next();
      const isJson = c.res.headers.get('content-type')?.startsWith('application/json') ?? false;
      if (isJson && !c.res.headers.has('content-security-policy')) c.res.headers.set('content-security-policy', JSON_POLICY);
    });
}
