// Rate limiting through Cloudflare's Rate Limiting binding: off unless RATE_LIMITER is configured; 429 with Retry-After when over.

import type { MiddlewareHandler } from 'hono';
import { errorResponse } from '../api-error';
import { optionalBindings } from './optional-bindings';

/** The binding counts per 10 or 60 seconds; waiting a whole period is always enough. */
export const RETRY_AFTER_SECONDS = 60;

/**
 * The client's address is only used as the counting key, inside the binding;
 * it is never logged or stored by the worker.
 */
function clientKey(request: Request): string {
  return request.headers.get('cf-connecting-ip') ?? 'unknown-client';
}

export function rateLimit(): MiddlewareHandler<{ Bindings: Env }> {
  return async (c, next) => {
    const limiter = optionalBindings(c.env).RATE_LIMITER;
    if (limiter === undefined || c.req.method === 'OPTIONS') return next();
    const { success } = await limiter.limit({ key: clientKey(c.req.raw) });
    if (success) return next();
    const response = errorResponse(c, 429, 'rate_limited', `Too many requests from this client: wait ${RETRY_AFTER_SECONDS} seconds and try again.`);
    response.headers.set('Retry-After', String(RETRY_AFTER_SECONDS));
    return response;
  };
}
