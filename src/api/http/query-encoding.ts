// Query-string encoding check: a parameter whose percent-encoding is not UTF-8 is refused, not searched as literal text.

import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../api-error';

/** The first parameter whose name or value does not decode as UTF-8, or undefined. */
export function firstUndecodableParameter(search: string): string | undefined {
  for (const pair of search.replace(/^\?/, '').split('&')) {
    const [name = '', value = ''] = pair.split(/=(.*)/s);
    try {
      decodeURIComponent(value.replaceAll('+', ' '));
    } catch {
      return safeName(name);
    }
    try {
      decodeURIComponent(name.replaceAll('+', ' '));
    } catch {
      return 'a parameter name';
    }
  }
  return undefined;
}

/** The parameter's name for the message: decoded, and short, or a placeholder when it cannot be shown. */
function safeName(name: string): string {
  try {
    const decoded = decodeURIComponent(name.replaceAll('+', ' '));
    return /^[\w-]{1,32}$/.test(decoded) ? decoded : 'a parameter';
  } catch {
    return 'a parameter';
  }
}

/**
 * Refuses a request whose query string holds a malformed or non-UTF-8
 * percent-encoding (ab%ED%A0%80, a lone surrogate): the router would hand it
 * on undecoded, and it would be searched, and echoed, as literal text.
 */
export function requireUtf8Query(): MiddlewareHandler {
  return async (c, next) => {
    const parameter = firstUndecodableParameter(new URL(c.req.url).search);
    if (parameter !== undefined) {
      throw new ApiError(400, 'invalid_parameter', `${parameter} is not valid UTF-8: percent-encode the text as UTF-8 (encodeURIComponent does)`);
    }
    await next();
  };
}
