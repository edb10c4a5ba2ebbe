// Test helpers for the Workers-runtime integration tests: requests through SELF, and the fixture index read through ASSETS.

import { env, SELF } from 'cloudflare:test';
import type { SearchResponse, SuggestResponse } from '../../src/api/schemas';
import { createAssetsReader } from '../../src/loading/artefact-reader';
import { loadEngine } from '../../src/loading/load-engine';
import { type Catalog, readCatalog } from '../support/read-catalog';

export type Parameters = Record<string, string | readonly string[]>;

export function urlOf(path: string, parameters: Parameters = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    for (const item of typeof value === 'string' ? [value] : value) search.append(name, item);
  }
  const query = search.toString();
  return `https://example.com${path}${query === '' ? '' : `?${query}`}`;
}

export async function get(path: string, parameters: Parameters = {}, headers: HeadersInit = {}): Promise<Response> {
  return SELF.fetch(urlOf(path, parameters), { headers });
}

export async function getJson<T>(path: string, parameters: Parameters = {}): Promise<{ status: number; body: T; response: Response }> {
  const response = await get(path, parameters);
  return { status: response.status, body: (await response.json()) as T, response };
}

export async function search(parameters: Parameters): Promise<SearchResponse> {
  const { status, body } = await getJson<SearchResponse>('/search', parameters);
  if (status !== 200) throw new Error(`/search answered ${status}: ${JSON.stringify(body)}`);
  return body;
}

export async function suggest(parameters: Parameters): Promise<SuggestResponse> {
  const { status, body } = await getJson<SuggestResponse>('/suggest', parameters);
  if (status !== 200) throw new Error(`/suggest answered ${status}: ${JSON.stringify(body)}`);
  return body;
}

/** Every hit id for a query, paging through the whole result list. */
export async function allHitIds(parameters: Parameters): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 50) {
    const page = await search({ ...parameters, limit: '50', offset: String(offset), highlight: 'false' });
    ids.push(...page.hits.map((hit) => hit.id));
    if (offset + 50 >= page.total) return ids;
  }
}

/** The 1-based rank of an article for a query, or 0 when it is not found. */
export async function rankOf(q: string, id: string): Promise<number> {
  return (await allHitIds({ q })).indexOf(id) + 1;
}

/** The corpus as the fixture index stores it: catalog columns and bodies, aligned by ordinal. */
export interface Corpus {
  readonly catalog: Catalog;
  readonly bodies: readonly string[];
}

/** Every stored document of the fixture index, read through the same loader the worker uses. */
export async function readCorpus(): Promise<Corpus> {
  const catalog = await readCatalog(await loadEngine(createAssetsReader(env.ASSETS)));
  return { catalog, bodies: catalog.bodies };
}
