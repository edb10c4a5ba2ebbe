// GET /widget.js and /widget.css: the embeddable search box and its styles, loaded from other sites.

import type { OpenAPIHono } from '@hono/zod-openapi';
import { WIDGET_CSS, WIDGET_SCRIPT } from '../../page/page-assets';

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
  app.get('/widget.css', (c) => c.body(WIDGET_CSS, 200, embeddableHeaders('text/css; charset=utf-8')));
}
