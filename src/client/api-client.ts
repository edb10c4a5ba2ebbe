// Talks to the Bahth API from the browser and keeps only the newest answer of a run of requests.
// Shared by the search page and the widget.

/** A highlighted field: the text and the [start, end) ranges to wrap in <mark>. */
export interface Highlight {
  readonly text?: string;
  readonly ranges?: readonly (readonly [number, number])[];
}

/** One hit as the API sends it; every field is checked before use, since an older API may send less. */
export interface SearchHit {
  readonly id?: string | number;
  readonly title?: string;
  readonly snippet?: string;
  readonly url?: string;
  readonly date?: string;
  readonly category?: string;
  readonly source?: string;
  readonly highlights?: { readonly title?: Highlight; readonly snippet?: Highlight };
}

export interface FacetValue {
  readonly value: string;
  readonly count?: number;
  readonly label?: string;
}

export interface SearchAnswer {
  readonly total: number;
  readonly total_exact?: boolean;
  readonly hits?: readonly SearchHit[];
  readonly suggestion?: string;
  readonly facets?: { readonly category?: readonly FacetValue[] };
}

export interface Suggestion {
  readonly text: string;
  readonly query?: string;
  readonly count?: number;
}

export type SearchParams = Record<string, string | number | undefined>;

export interface ApiClient {
  search(params: SearchParams, signal: AbortSignal): Promise<SearchAnswer>;
  suggest(query: string, signal: AbortSignal): Promise<Suggestion[]>;
}

/** An answer that was not 2xx JSON: the status (0 when the network failed) and the API's error code. */
export class ApiRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}

export function isAbortError(failure: unknown): boolean {
  return failure instanceof Error && failure.name === 'AbortError';
}

interface ErrorEnvelope {
  readonly error?: { readonly code?: string; readonly message?: string };
}

/** Fetches JSON from the API at base; an error envelope { error: { code, message } } becomes an ApiRequestError. */
export function createApiClient(base: string): ApiClient {
  let suggestMissing = false;
  async function getJson<Body>(path: string, params: SearchParams, signal: AbortSignal): Promise<Body> {
    const url = new URL(path, base);
    for (const [name, value] of Object.entries(params)) {
      if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
    }
    const response = await fetch(url.href, { signal, headers: { accept: 'application/json' } });
    const body: unknown = await response.json().catch(() => null);
    if (response.ok && body) return body as Body;
    const envelope = (body ?? {}) as ErrorEnvelope;
    throw new ApiRequestError(envelope.error?.message || `HTTP ${response.status}`, response.status, envelope.error?.code ?? 'http_error');
  }
  // Suggestions are optional: an API without /suggest (404) is asked once, then left alone.
  async function suggest(query: string, signal: AbortSignal): Promise<Suggestion[]> {
    if (suggestMissing) return [];
    try {
      const body = await getJson<{ suggestions?: unknown }>('suggest', { q: query, limit: 6 }, signal);
      return Array.isArray(body.suggestions) ? body.suggestions : [];
    } catch (failure) {
      if (isAbortError(failure)) throw failure;
      if (failure instanceof ApiRequestError && [404, 405, 501].includes(failure.status)) suggestMissing = true;
      return [];
    }
  }
  return { search: (params, signal) => getJson<SearchAnswer>('search', params, signal), suggest };
}

export type LatestOutcome<Value> = { readonly current: true; readonly value: Value } | { readonly current: false };

export interface LatestOnly {
  run<Value>(task: (signal: AbortSignal) => Promise<Value>): Promise<LatestOutcome<Value>>;
  cancel(): void;
}

/**
 * Runs tasks so that only the newest one's result is delivered: starting a task aborts the one before,
 * and an answer that arrives after a newer task started is reported as { current: false } and dropped.
 */
export function createLatestOnly(): LatestOnly {
  let generation = 0;
  let controller: AbortController | null = null;
  function cancel(): void {
    generation += 1;
    controller?.abort();
    controller = null;
  }
  async function run<Value>(task: (signal: AbortSignal) => Promise<Value>): Promise<LatestOutcome<Value>> {
    cancel();
    const mine = generation;
    controller = new AbortController();
    try {
      const value = await task(controller.signal);
      return mine === generation ? { current: true, value } : { current: false };
    } catch (failure) {
      if (mine !== generation || isAbortError(failure)) return { current: false };
      throw failure;
    }
  }
  return { run, cancel };
}
