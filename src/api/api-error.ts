// The one HTTP error type: every failure a client can cause becomes { error: { code, message } } with its status.

import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Every code an error response can carry; the OpenAPI document lists the same ones. */
export const ERROR_CODES = ['invalid_parameter', 'not_found', 'rate_limited', 'index_unavailable', 'internal_error'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The JSON error envelope every error response carries. */
export interface ErrorBody {
  readonly error: { readonly code: ErrorCode; readonly message: string };
}

export function errorResponse(c: Context, status: ContentfulStatusCode, code: ErrorCode, message: string): Response {
  const body: ErrorBody = { error: { code, message } };
  return c.json(body, status);
}
