// GET /articles/:id: one article's stored fields, or a 404 envelope for an unknown id.

import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Engine } from '../../loading/load-engine';
import { errorResponse } from '../api-error';
import type { EngineProvider } from '../engine-provider';
import { errorResponses } from '../error-responses';
import { cachedJson, canonicalJson } from '../http/cached-json';
import { type ArticleBody, articleParamsSchema, articleQuerySchema, articleSchema } from '../schemas';

const articleRoute = createRoute({
  method: 'get',
  path: '/articles/{id}',
  summary: 'One article',
  description: 'The stored fields of the article with this id (the id of a search hit).',
  request: { params: articleParamsSchema, query: articleQuerySchema },
  responses: {
    200: { description: 'The article.', content: { 'application/json': { schema: articleSchema } } },
    304: { description: 'The If-None-Match ETag is still current.' },
    ...errorResponses(404, 429, 503),
  },
});

async function readArticle(engine: Engine, ordinal: number): Promise<ArticleBody> {
  const [document] = await engine.documents([ordinal]);
  const { id, title, body, url, date, category, source, tags } = document!;
  return { id, title, body, url, date, category, source, tags: [...tags] };
}

export function registerArticleRoute(app: OpenAPIHono<{ Bindings: Env }>, getEngine: EngineProvider): void {
  app.openapi(articleRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { pretty } = c.req.valid('query');
    const engine = await getEngine(c.env);
    const ordinal = await engine.ordinalOf(id);
    // An unknown id is an error, answered before any validator: it gets no ETag, so it can never become a 304.
    if (ordinal === undefined) {
      const shown = id.length > 40 ? `${id.slice(0, 40)}…` : id;
      return errorResponse(c, 404, 'not_found', `No article has the id "${shown}". Ids are those of search hits.`);
    }
    const request = { contentHash: engine.manifest.contentHash, normalizedRequest: `/articles ${canonicalJson({ id })}`, pretty };
    return cachedJson(c, request, async () => ({ status: 200, body: await readArticle(engine, ordinal) }));
  });
}
