// GET /search: ranked, highlighted hits for a query.

import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { parseQuery } from '../../query/parse-query';
import { searchArticles } from '../../search/search';
import type { EngineProvider } from '../engine-provider';
import { presentHits } from '../present-hits';
import { errorSchema, searchQuerySchema, searchResponseSchema, type SearchResponse } from '../schemas';

const searchRoute = createRoute({
  method: 'get',
  path: '/search',
  summary: 'Search the articles',
  request: { query: searchQuerySchema },
  responses: {
    200: { description: 'Ranked hits, best first.', content: { 'application/json': { schema: searchResponseSchema } } },
    400: { description: 'A parameter is missing or invalid; the message says which and what to send.', content: { 'application/json': { schema: errorSchema } } },
    503: { description: 'The index is missing, corrupt or from another version.', content: { 'application/json': { schema: errorSchema } } },
  },
});

export function registerSearchRoute(app: OpenAPIHono<{ Bindings: Env }>, getEngine: EngineProvider): void {
  app.openapi(searchRoute, async (c) => {
    const { q, limit, offset } = c.req.valid('query');
    const engine = await getEngine(c.env);
    const result = searchArticles(engine, parseQuery(q));
    const hits = await presentHits(engine, result.ranked.slice(offset, offset + limit));
    const body: SearchResponse = { query: q, total: result.total, offset, limit, hits };
    return c.json(body, 200);
  });
}
