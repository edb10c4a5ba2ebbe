// The error responses routes declare in the OpenAPI document: one description per status, all with the error envelope.

import { errorSchema } from './schemas';

const DESCRIPTIONS = {
  400: 'A parameter is missing or invalid; the message names it and says what to send.',
  404: 'Nothing by that id or at that path.',
  429: 'Too many requests from this client (only when rate limiting is configured); see Retry-After.',
  503: 'The index is missing, corrupt or from another version; the message says how to fix it.',
} as const;

type ErrorStatus = keyof typeof DESCRIPTIONS;

/** Response entries for createRoute, e.g. `...errorResponses(400, 503)`. */
export function errorResponses<S extends ErrorStatus>(...statuses: S[]) {
  const entries = statuses.map((status) => [status, { description: DESCRIPTIONS[status], content: { 'application/json': { schema: errorSchema } } }]);
  return Object.fromEntries(entries) as Record<S, { description: string; content: { 'application/json': { schema: typeof errorSchema } } }>;
}
