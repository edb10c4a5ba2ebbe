// GET /openapi.json and GET /docs: the OpenAPI 3.1 description generated from the route schemas, and a plain page listing it.

import type { OpenAPIHono } from '@hono/zod-openapi';
import { escapeHtml } from '../../text/escape-html';

const DOCUMENT_CONFIG = {
  openapi: '3.1.0',
  info: {
    title: 'Bahth (بحث) search API',
    version: '1.0.0',
    description: 'Arabic full-text search over news articles: ranked, highlighted hits, filters, facets, suggestions.',
  },
} as const;

type OpenApiDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']>;

interface OperationLike {
  summary?: string;
  description?: string;
  parameters?: { name?: string; in?: string; description?: string }[];
}

/** A self-contained HTML page (no scripts, no CDN) listing each endpoint and its parameters. */
export function renderDocsPage(document: OpenApiDocument): string {
  const sections = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, OperationLike>).map(([method, operation]) => {
      const parameters = (operation.parameters ?? [])
        .map(
          (parameter) =>
            `<li><code>${escapeHtml(parameter.name ?? '')}</code> (${escapeHtml(parameter.in ?? '')}): ${escapeHtml(parameter.description ?? '')}</li>`,
        )
        .join('');
      return (
        `<section><h2><code>${escapeHtml(method.toUpperCase())} ${escapeHtml(path)}</code></h2>` +
        `<p>${escapeHtml(operation.summary ?? '')}. ${escapeHtml(operation.description ?? '')}</p>` +
        (parameters === '' ? '' : `<ul>${parameters}</ul>`) +
        `</section>`
      );
    }),
  );
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(document.info.title)}</title>` +
    `<style>body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem}code{background:#f3f3f3;padding:0 .2em}</style></head>` +
    `<body><h1>${escapeHtml(document.info.title)}</h1><p>${escapeHtml(document.info.description ?? '')}</p>` +
    `<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>${sections.join('')}</body></html>`
  );
}

export function registerDocsRoutes(app: OpenAPIHono<{ Bindings: Env }>): void {
  app.doc31('/openapi.json', DOCUMENT_CONFIG);
  app.get('/docs', (c) => c.html(renderDocsPage(app.getOpenAPI31Document(DOCUMENT_CONFIG))));
}
