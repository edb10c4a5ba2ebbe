// GET /widget.js: the embeddable search box, loaded by <script src> from other sites.

import type { OpenAPIHono } from '@hono/zod-openapi';
import { WIDGET_SCRIPT } from '../../page/page-assets';

export function registerWidgetRoute(app: OpenAPIHono<{ Bindings: Env }>): void {
  app.get('/widget.js', (c) =>
    c.body(WIDGET_SCRIPT, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
      // Other sites embed this file, so it must not be limited to same-origin loads.
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'X-Content-Type-Options': 'nosniff',
    }),
  );
}
