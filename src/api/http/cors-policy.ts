// CORS: the origins in the ALLOWED_ORIGINS var ("*" or a comma-separated list), preflight included.

import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/** Headers a browser client may read: validators for its own cache, timings, and when to retry. */
const EXPOSED_HEADERS = ['ETag', 'Server-Timing', 'Retry-After'];

/** "*" (or unset) → any origin; otherwise the listed origins, compared exactly. */
export function parseAllowedOrigins(value: string | undefined): '*' | ReadonlySet<string> {
  const trimmed = (value ?? '').trim();
  if (trimmed === '' || trimmed === '*') return '*';
  return new Set(
    trimmed
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0),
  );
}

/** The CORS middleware, reading the allowed origins from the environment (parsed once per distinct value). */
export function corsPolicy(): MiddlewareHandler<{ Bindings: Env }> {
  const parsed = new Map<string, '*' | ReadonlySet<string>>();
  return cors({
    origin: (origin, c) => {
      const raw = (c.env as Env | undefined)?.ALLOWED_ORIGINS ?? '*';
      let allowed = parsed.get(raw);
      if (allowed === undefined) parsed.set(raw, (allowed = parseAllowedOrigins(raw)));
      if (allowed === '*') return '*';
      return allowed.has(origin) ? origin : null;
    },
    allowMethods: ['GET', 'HEAD', 'OPTIONS'],
    exposeHeaders: EXPOSED_HEADERS,
    maxAge: 86_400,
  });
}
