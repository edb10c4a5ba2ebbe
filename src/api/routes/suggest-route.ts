// GET /suggest: completions of the last word for a search box, answered from the index without reading article text.

import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { withReadBudget } from '../../loading/load-engine';
import type { ReadBudget } from '../../loading/read-budget';
import { suggestCompletions } from '../../search/suggest';
import type { EngineProvider } from '../engine-provider';
import { errorResponses } from '../error-responses';
import { cachedJson, canonicalJson } from '../http/cached-json';
import { type SuggestResponse, suggestQuerySchema, suggestResponseSchema } from '../schemas';

const suggestRoute = createRoute({
  method: 'get',
  path: '/suggest',
  summary: 'Complete the last word of a query',
  description:
    'Completions of the last word, most common first, each with the whole completed query and how many articles it finds. Nothing is suggested when the query ends in a space.',
  request: { query: suggestQuerySchema },
  responses: {
    200: { description: 'Completions, best first.', content: { 'application/json': { schema: suggestResponseSchema } } },
    304: { description: 'The If-None-Match ETag is still current.' },
    ...errorResponses(400, 429, 503),
  },
});

export function registerSuggestRoute(app: OpenAPIHono<{ Bindings: Env }>, getEngine: EngineProvider, newBudget: () => ReadBudget): void {
  app.openapi(suggestRoute, async (c) => {
    const { q, limit, pretty } = c.req.valid('query');
    const engine = await getEngine(c.env);
    const request = { contentHash: engine.manifest.contentHash, normalizedRequest: `/suggest ${canonicalJson({ q, limit })}`, pretty };
    return cachedJson(c, request, async (timing) => {
      const budget = newBudget();
      const suggestions = await timing.measure('suggest', () => suggestCompletions(withReadBudget(engine, budget), q, limit));
      const body: SuggestResponse = { query: q, suggestions };
      // Suggestions cut short by the read budget are not kept: the next keystroke may read further.
      return { status: 200, body, cacheable: !budget.cut };
    });
  });
}
