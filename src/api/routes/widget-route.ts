// GET /widget.js (with its source map) and /widget.css: the embeddable search box and its styles, loaded from other sites.

import type { OpenAPIHono } from '@hono/zod-openapi';
import { WIDGET_SCRIPT, WIDGET_SCRIPT_MAP, WIDGET_STYLE } from '../../page/page-assets';

/** Other sites embed these files, so they must not be limited to same-origin loads. */
function embeddableHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Cache-Control': 'public, max-age=300',
    'Cross-Origin-Resource-Policy': 'cross-origin',
    'X-Content-Type-Options': 'nosniff',
  };
}

export function registerWidgetRoute(app: OpenAPIHono<{ Bindings: Env }>): void {
  app.get('/widget.js', (c) => c.body(WIDGET_SCRIPT, 200, embeddableHeaders('text/javascript; charset=utf-8')));
  app.get('/widget.js.map', (c) => c.body(WIDGET_SCRIPT_MAP, 200, embeddableHeaders('application/json; charset=utf-8')));
  app.get('/widget.css', (c) => c.body(WIDGET_STYLE, 200, embeddableHeaders('text/css; charset=utf-8')));
}
