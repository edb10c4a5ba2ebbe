// GET /search: ranked, highlighted hits for a query, with filters, facets, sorting, paging and "did you mean".

import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { withReadBudget } from '../../loading/load-engine';
import type { ReadBudget } from '../../loading/read-budget';
import { type ParsedQuery, parseQuery } from '../../query/parse-query';
import { suggestCorrection } from '../../search/did-you-mean';
import { FACET_NAMES } from '../../search/facets';
import { SEARCH_FIELDS } from '../../search/field-restriction';
import { runSearch, type SearchRequest } from '../../search/run-search';
import type { EngineProvider } from '../engine-provider';
import { errorResponses } from '../error-responses';
import { cachedJson, canonicalJson } from '../http/cached-json';
import { recordSearch } from '../http/search-analytics';
import { presentHits } from '../present-hits';
import { type SearchParameters, type SearchResponse, searchQuerySchema, searchResponseSchema } from '../schemas';

const searchRoute = createRoute({
  method: 'get',
  path: '/search',
  summary: 'Search the articles',
  description: 'Ranked hits, best first (or newest first with sort=date), each with its title and a snippet marked with <mark>.',
  request: { query: searchQuerySchema },
  responses: {
    200: { description: 'Ranked hits.', content: { 'application/json': { schema: searchResponseSchema } } },
    304: { description: 'The If-None-Match ETag is still current.' },
    ...errorResponses(400, 429, 503),
  },
});

/** The validated parameters in a form where equal meaning gives equal text (filter order, list order). */
function normalizedParameters(parameters: SearchParameters): Omit<SearchParameters, 'pretty'> {
  const { pretty: _pretty, ...rest } = parameters;
  const sorted = (values: readonly string[]) => [...values].sort();
  return {
    ...rest,
    category: sorted(rest.category),
    source: sorted(rest.source),
    tag: sorted(rest.tag),
    ...(rest.facets === undefined ? {} : { facets: FACET_NAMES.filter((name) => rest.facets!.includes(name)) }),
    // fields=title,body is the default spelled out: it must give the same ETag as no fields at all.
    fields:
      rest.fields === undefined || SEARCH_FIELDS.every((field) => rest.fields!.includes(field))
        ? undefined
        : (sorted(rest.fields) as typeof rest.fields),
  };
}

function searchRequestOf(parameters: Omit<SearchParameters, 'pretty'>, query: SearchRequest['query']): SearchRequest {
  return {
    query,
    filters: { categories: parameters.category, sources: parameters.source, tags: parameters.tag, from: parameters.from, to: parameters.to },
    ...(parameters.fields === undefined ? {} : { fields: parameters.fields }),
    sort: parameters.sort,
    facets: parameters.facets ?? [],
    offset: parameters.offset,
    limit: parameters.limit,
  };
}

export function registerSearchRoute(app: OpenAPIHono<{ Bindings: Env }>, getEngine: EngineProvider, newBudget: () => ReadBudget): void {
  app.openapi(searchRoute, async (c) => {
    const raw = c.req.valid('query');
    const parameters = normalizedParameters(raw);
    const isolateEngine = await getEngine(c.env);
    const request = {
      contentHash: isolateEngine.manifest.contentHash,
      normalizedRequest: `/search ${canonicalJson(parameters)}`,
      pretty: raw.pretty,
    };
    // Set only when this request runs the search; a cached answer or a 304 leaves them undefined.
    let computed: { query: ParsedQuery; total: number } | undefined;
    const response = await cachedJson(c, request, async (timing) => {
      const budget = newBudget();
      const engine = withReadBudget(isolateEngine, budget);
      const query = await timing.measure('parse', () => parseQuery(parameters.q));
      const searchRequest = searchRequestOf(parameters, query);
      const outcome = await timing.measure('search', () => runSearch(engine, searchRequest));
      const hits = await timing.measure('snippets', () =>
        presentHits(engine, outcome.page, { query, highlight: parameters.highlight, snippetLength: parameters.snippet_length }),
      );
      const suggestion = await timing.measure('suggest', () => suggestCorrection(engine, searchRequest, parameters.q, outcome.total));
      computed = { query, total: outcome.total };
      const body: SearchResponse = {
        query: parameters.q,
        total: outcome.total,
        total_exact: outcome.totalExact && !budget.cut,
        ...(budget.cut ? { partial: true as const } : {}),
        offset: parameters.offset,
        limit: parameters.limit,
        hits,
        ...(outcome.facets === undefined ? {} : { facets: outcome.facets }),
        ...(suggestion === undefined ? {} : { suggestion }),
      };
      // An answer cut short by the read budget is not kept: repeating the request reads further.
      return { status: 200, body, cacheable: !budget.cut };
    });
    // Outside the cached computation, so a repeated search counts too.
    recordSearch(c.env, computed?.query ?? parseQuery(parameters.q), computed?.total);
    return response;
  });
}
