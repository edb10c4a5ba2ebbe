// The Hono app: middleware, routes, and the mapping of every failure to the JSON error envelope.

import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { DamagedPieceError } from '../index-format/damaged-piece-error';
import { IndexUnavailableError, REBUILD_ADVICE } from '../loading/index-unavailable-error';
import { ReadBudget } from '../loading/read-budget';
import { ApiError, errorResponse } from './api-error';
import type { EngineProvider } from './engine-provider';
import { corsPolicy } from './http/cors-policy';
import { requireUtf8Query } from './http/query-encoding';
import { rateLimit } from './http/rate-limit';
import { registerArticleRoute } from './routes/article-route';
import { registerDocsRoutes } from './routes/docs-route';
import { registerHealthRoute } from './routes/health-route';
import { registerPageRoutes } from './routes/page-route';
import { registerSearchRoute } from './routes/search-route';
import { registerSuggestRoute } from './routes/suggest-route';
import { registerWidgetRoute } from './routes/widget-route';
import { securityHeaders } from './security-headers';

/** The first validation problem, phrased for the developer who sent the request. */
function describeIssue(issue: { path: readonly PropertyKey[]; message: string; code?: string }): string {
  const parameter = String(issue.path[0] ?? 'request');
  if (issue.code === 'invalid_type' && !issue.message.includes(parameter)) {
    return `${parameter} is invalid: send it once, as text`;
  }
  return issue.message;
}

export interface AppOptions {
  /** Dictionary pieces one request may read (default DICTIONARY_READS_PER_REQUEST, sized for the free plan's 50 subrequests). */
  readonly dictionaryReadsPerRequest?: number;
}

export function createApp(getEngine: EngineProvider, options: AppOptions = {}): OpenAPIHono<{ Bindings: Env }> {
  const app = new OpenAPIHono<{ Bindings: Env }>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        return errorResponse(c, 400, 'invalid_parameter', issue ? describeIssue(issue) : 'The request is invalid.');
      }
      return undefined;
    },
  });

  app.use('*', securityHeaders());
  app.use('*', corsPolicy());
  for (const path of ['/search', '/suggest', '/articles/*']) app.use(path, rateLimit());
  app.use('*', requireUtf8Query());

  const newBudget = (): ReadBudget => new ReadBudget(options.dictionaryReadsPerRequest);
  registerSearchRoute(app, getEngine, newBudget);
  registerSuggestRoute(app, getEngine, newBudget);
  registerArticleRoute(app, getEngine);
  registerHealthRoute(app, getEngine);
  registerDocsRoutes(app);
  registerPageRoutes(app);
  registerWidgetRoute(app);

  app.notFound((c) => {
    const path = new URL(c.req.url).pathname.slice(0, 100);
    return errorResponse(
      c,
      404,
      'not_found',
      `No endpoint at ${c.req.method} ${path}. The endpoints are GET /search, /suggest, /articles/{id}, /health, /openapi.json, /docs and the search page at /.`,
    );
  });

  app.onError((error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error.status, error.code, error.message);
    if (error instanceof IndexUnavailableError) return errorResponse(c, 503, 'index_unavailable', error.message);
    // Found when a part of a piece is decoded, after the piece itself read cleanly.
    if (error instanceof DamagedPieceError) return errorResponse(c, 503, 'index_unavailable', `${error.message} ${REBUILD_ADVICE}`);
    if (error instanceof HTTPException && error.status < 500)
      return errorResponse(c, error.status, 'invalid_parameter', error.message || 'The request is invalid.');
    console.error('unexpected error', error);
    return errorResponse(c, 500, 'internal_error', 'Something went wrong on our side. It has been logged; please try again.');
  });

  return app;
}
