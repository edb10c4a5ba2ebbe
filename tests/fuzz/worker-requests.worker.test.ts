// Worker fuzz in the Workers runtime: generated hostile requests never get a 500, and every error is the JSON envelope.

import { createExecutionContext, env, SELF, waitOnExecutionContext } from 'cloudflare:test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import worker from '../../src/index';
import { type FuzzRequest, fuzzRequest, METHODS, ORIGIN, PATHS } from './fuzz-requests';

/** How many requests: a slice in `npm test`, 100,000 in `npm run fuzz` (set through the FUZZ_REQUESTS binding). */
const REQUESTS = Number(Reflect.get(env, 'FUZZ_REQUESTS') ?? 2_000);
/**
 * One request in this many is also sent through SELF, the runtime's full entry
 * path. SELF goes through the test pool's loopback, which costs 10–100 times
 * more per request than the worker's fetch handler in the same runtime (and
 * grows with URL length), so the bulk goes to the handler.
 */
const SELF_SHARE = 200;
/** Stop early after this long, so a slow machine still finishes; the count run is reported. */
const TIME_BUDGET_MS = Number(Reflect.get(env, 'FUZZ_TIME_BUDGET_MS') ?? 120_000);
/** The slowest request should stay under this; reported, never failed on, since wall-clock time is the machine's. */
const WORST_REQUEST_BUDGET_MS = 250;
const SEED = Number(Reflect.get(env, 'FUZZ_SEED') ?? 20_261_129);

const INTERNAL_DETAIL = /\bat \S+ \(|node_modules|\/work\/|\.ts:\d|src\/|Error:|TypeError|stack/;

interface Worst {
  ms: number;
  request?: FuzzRequest;
}

const describeRequest = (request: FuzzRequest | undefined): string =>
  request === undefined
    ? 'none'
    : `${request.method} ${request.url.slice(0, 120)}${request.url.length > 120 ? `… (${request.url.length} chars)` : ''}`;

async function checkResponse(request: FuzzRequest, response: Response): Promise<void> {
  expect(response.status, `${request.method} ${request.url}`).toBeLessThan(500);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  if (response.status < 400 || request.method === 'HEAD') {
    await response.body?.cancel();
    return;
  }
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(typeof body.error?.code).toBe('string');
  expect(typeof body.error?.message).toBe('string');
  expect(body.error?.message).not.toMatch(INTERNAL_DETAIL);
}

type Send = (request: FuzzRequest) => Promise<Response>;

/** Calls the worker's fetch handler inside the Workers runtime, as the runtime would. */
const sendToHandler: Send = async (request) => {
  const context = createExecutionContext();
  const response = await worker.fetch(new Request(request.url, { method: request.method, headers: request.headers }), env, context);
  await waitOnExecutionContext(context);
  return response;
};

const sendThroughSelf: Send = (request) => SELF.fetch(request.url, { method: request.method, headers: request.headers });

/** Sends `count` generated requests, checks each answer, and logs the counts and the slowest request. */
async function fuzz(label: string, send: Send, count: number, seed: number): Promise<void> {
  const statuses = new Map<number, number>();
  const worst: Worst = { ms: 0 };
  const started = Date.now();
  let sent = 0;
  let first = 0;
  const times: number[] = [];
  await fc.assert(
    fc.asyncProperty(fuzzRequest, async (request) => {
      if (Date.now() - started > TIME_BUDGET_MS) return;
      const before = Date.now();
      const response = await send(request);
      const elapsed = Date.now() - before;
      sent++;
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      // The first request may load the index; it is reported apart from the warm worst.
      if (sent === 1) first = elapsed;
      else times.push(elapsed);
      if (sent > 1 && elapsed > worst.ms) Object.assign(worst, { ms: elapsed, request });
      await checkResponse(request, response);
    }),
    { numRuns: count, seed, endOnFailure: true },
  );
  const seconds = (Date.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const percentile = (share: number): number => times[Math.min(times.length - 1, Math.floor(times.length * share))] ?? 0;
  console.log(
    `fuzz ${label}: ${sent} of ${count} requests in ${seconds.toFixed(1)} s (seed ${seed}); statuses ${JSON.stringify(Object.fromEntries(statuses))}; ` +
      `first ${first} ms; after it p50 ${percentile(0.5)} ms, p99 ${percentile(0.99)} ms, p99.9 ${percentile(0.999)} ms, worst ${worst.ms} ms (budget ${WORST_REQUEST_BUDGET_MS} ms${worst.ms > WORST_REQUEST_BUDGET_MS ? ', OVER' : ''}): ${describeRequest(worst.request)}`,
  );
  expect(sent).toBeGreaterThan(0);
}

describe('the worker under fuzzed requests', () => {
  it('answers every request sent to its fetch handler without a 500, errors as the JSON envelope', { timeout: TIME_BUDGET_MS + 60_000 }, async () => {
    await fuzz('handler', sendToHandler, REQUESTS, SEED);
  });

  it('answers every method on every path without a 500, errors as the JSON envelope', async () => {
    for (const method of METHODS) {
      for (const path of PATHS) {
        const request = { method, url: `${ORIGIN}${path}?q=${encodeURIComponent('مراكش')}`, headers: {} };
        await checkResponse(request, await sendToHandler(request));
      }
    }
  });

  it('answers the same way through SELF, the runtime entry path', { timeout: TIME_BUDGET_MS + 60_000 }, async () => {
    await fuzz('SELF', sendThroughSelf, Math.max(40, Math.ceil(REQUESTS / SELF_SHARE)), SEED + 1);
  });
});
