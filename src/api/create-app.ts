// The Hono app: middleware, routes, and the mapping of every failure to the JSON error envelope.

import { OpenAPIHono } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { IndexUnavailableError } from '../loading/index-unavailable-error';
import { ApiError, errorResponse } from './api-error';
import type { EngineProvider } from './engine-provider';
import { registerHealthRoute } from './routes/health-route';
import { registerPageRoutes } from './routes/page-route';
import { registerSearchRoute } from './routes/search-route';
import { securityHeaders } from './security-headers';

/** The first validation problem, phrased for the developer who sent the request. */
function describeIssue(issue: { path: readonly PropertyKey[]; message: string; code?: string }): string {
  const parameter = String(issue.path[0] ?? 'request');
  if (issue.code === 'invalid_type' && !issue.message.includes(parameter)) {
    return `${parameter} is invalid: send it once, as text`;
  }
  return issue.message;
}

export function createApp(getEngine: EngineProvider): OpenAPIHono<{ Bindings: Env }> {
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
  app.use('*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], maxAge: 86_400 }));

  registerSearchRoute(app, getEngine);
  registerHealthRoute(app, getEngine);
  registerPageRoutes(app);

  app.notFound((c) => errorResponse(c, 404, 'not_found', `No endpoint at ${c.req.method} ${new URL(c.req.url).pathname}. Try GET /search?q=… or GET /health.`));

  app.onError((error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error.status, error.code, error.message);
    if (error instanceof IndexUnavailableError) return errorResponse(c, 503, 'index_unavailable', error.message);
    if (error instanceof HTTPException && error.status < 500) return errorResponse(c, error.status, 'invalid_parameter', error.message || 'The request is invalid.');
    console.error('unexpected error', error);
    return errorResponse(c, 500, 'internal_error', 'Something went wrong on our side. It has been logged; please try again.');
  });

  return app;
}
