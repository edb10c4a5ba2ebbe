// HTTP caching for JSON answers: an ETag from the index's content hash and the normalised request, 304s, Cache-Control, and the Workers Cache API.

import type { Context } from 'hono';
import { sha256Hex } from '../../text/sha256';
import { wholeNumberVar } from '../whole-number-var';
import { JSON_CONTENT_TYPE, jsonText } from './json-body';
import { ServerTiming } from './server-timing';

/**
 * Bump when the same request over the same index would get a different body
 * (a new response field, another snippet rule): ETags and cached copies made
 * by the previous worker then stop matching.
 */
export const RESPONSE_VERSION = 2;

/** Seconds used when CACHE_MAX_AGE is unset or not a whole number. */
export const DEFAULT_MAX_AGE = 60;

export function cacheMaxAge(env: Env): number {
  return wholeNumberVar((env as Env | undefined)?.CACHE_MAX_AGE, 9) ?? DEFAULT_MAX_AGE;
}

/** What a handler computes when the answer is not cached. */
export interface FreshAnswer {
  readonly status: 200 | 404;
  readonly body: unknown;
  /** False for an answer that a repeat of the request may improve on (one cut short by the read budget): sent with no-store, never stored. Default true. */
  readonly cacheable?: boolean;
}

export interface CachedJsonRequest {
  /** The index's content hash: a new index gives new ETags. */
  readonly contentHash: string;
  /** The request after validation, in a canonical form (same meaning → same text). */
  readonly normalizedRequest: string;
  readonly pretty: boolean;
}

/** Sorts object keys (recursively) so that parameter order never changes a cache key. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

function defaultCache(): Cache | undefined {
  return typeof caches === 'undefined' ? undefined : (caches as unknown as { default?: Cache }).default;
}

function waitUntil(c: Context, promise: Promise<unknown>): void {
  try {
    c.executionCtx.waitUntil(promise);
  } catch {
    // No execution context (app.request in unit tests): the write simply finishes on its own.
    promise.catch(() => undefined);
  }
}

/**
 * Answers a GET with JSON: 304 when If-None-Match already holds the ETag, the
 * stored copy from caches.default when this location answered it before, and
 * otherwise the fresh answer (with the ETag, and stored for next time, when
 * it is a 200; a 404, or an answer marked not cacheable, is sent with no-store and no ETag).
 */
export async function cachedJson(
  c: Context<{ Bindings: Env }>,
  request: CachedJsonRequest,
  compute: (timing: ServerTiming) => Promise<FreshAnswer>,
): Promise<Response> {
  const seed = `${RESPONSE_VERSION}\n${request.contentHash}\n${request.normalizedRequest}\n${request.pretty}`;
  const etag = `"${(await sha256Hex(seed)).slice(0, 32)}"`;
  const maxAge = cacheMaxAge(c.env);
  const cacheHeaders = { ETag: etag, 'Cache-Control': `public, max-age=${maxAge}` };
  if (matchesEtag(c.req.header('if-none-match'), etag)) return new Response(null, { status: 304, headers: cacheHeaders });

  const cache = maxAge > 0 ? defaultCache() : undefined;
  const cacheKey = new Request(`${new URL(c.req.url).origin}/__bahth-cache/${etag.slice(1, -1)}`);
  const stored = await cache?.match(cacheKey);
  if (stored !== undefined) {
    const response = new Response(stored.body, stored);
    response.headers.set('Server-Timing', 'cache;desc="hit"');
    return response;
  }

  const timing = new ServerTiming();
  const answer = await compute(timing);
  // A 404 carries no validator and is not kept: the ETag names the request, and a 304 would stand for the 404.
  const keep = answer.status === 200 && answer.cacheable !== false;
  const headers = { 'Content-Type': JSON_CONTENT_TYPE, ...(keep ? cacheHeaders : { 'Cache-Control': 'no-store' }) };
  const response = new Response(jsonText(answer.body, request.pretty), { status: answer.status, headers });
  if (cache !== undefined && keep) waitUntil(c, cache.put(cacheKey, response.clone()));
  const phases = timing.header();
  if (phases !== '') response.headers.set('Server-Timing', phases);
  return response;
}
