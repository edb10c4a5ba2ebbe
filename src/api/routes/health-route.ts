// GET /health: whether the index is loaded, and which index it is.

import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { EngineProvider } from '../engine-provider';
import { errorResponses } from '../error-responses';
import { healthSchema } from '../schemas';

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  summary: 'Index status',
  responses: {
    200: { description: 'The index is loaded.', content: { 'application/json': { schema: healthSchema } } },
    ...errorResponses(503),
  },
});

export function registerHealthRoute(app: OpenAPIHono<{ Bindings: Env }>, getEngine: EngineProvider): void {
  app.openapi(healthRoute, async (c) => {
    const { manifest, failure } = await getEngine(c.env);
    // A body shard found missing or corrupt since loading: report it rather than "ok".
    const problem = failure();
    if (problem !== null) throw problem;
    return c.json(
      {
        status: 'ok' as const,
        documents: manifest.documentCount,
        formatVersion: manifest.formatVersion,
        analyzerVersion: manifest.analyzerVersion,
        contentHash: manifest.contentHash,
      },
      200,
    );
  });
}
