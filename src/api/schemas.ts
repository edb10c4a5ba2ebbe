// Request and response schemas: the validator checks requests with them and /openapi.json is generated from them.

import { z } from '@hono/zod-openapi';
import { FACET_NAMES } from '../search/facets';
import { SEARCH_FIELDS } from '../search/field-restriction';
import { DEFAULT_SNIPPET_LENGTH } from '../snippets/make-snippet';
import { ERROR_CODES } from './api-error';
import {
  booleanParameter,
  choiceParameter,
  dateParameter,
  integerParameter,
  listParameter,
  prettyParameter,
  queryText,
  repeatableParameter,
} from './parameters';
import { MAX_QUERY_LENGTH } from './query-length-limit';

export const MAX_LIMIT = 50;
export const MAX_OFFSET = 10_000;
export const MAX_FILTER_VALUES = 20;
export const MAX_SUGGESTIONS = 10;
export const SNIPPET_LENGTH = { min: 40, max: 500, default: DEFAULT_SNIPPET_LENGTH } as const;

export const searchQuerySchema = z
  .object({
    q: queryText(MAX_QUERY_LENGTH, 'المغرب').openapi({
      description:
        'The words to search for. All words are optional and ranked; the last also matches as a prefix unless a space follows it. ' +
        '"…" (or «…») requires a phrase, -word excludes articles holding any form of the word, -"…" excludes a phrase.',
      example: 'لافروف',
    }),
    limit: integerParameter('limit', 1, MAX_LIMIT, 10).openapi({ description: 'Hits per page.' }),
    offset: integerParameter('offset', 0, MAX_OFFSET, 0).openapi({ description: 'Hits to skip, for paging.' }),
    category: repeatableParameter('category', MAX_FILTER_VALUES).openapi({
      description: 'Only articles in one of these categories (repeat the parameter for several).',
    }),
    source: repeatableParameter('source', MAX_FILTER_VALUES).openapi({ description: 'Only articles from one of these sources (repeatable).' }),
    tag: repeatableParameter('tag', MAX_FILTER_VALUES).openapi({ description: 'Only articles carrying one of these tags (repeatable).' }),
    from: dateParameter('from').openapi({ description: 'Only articles dated on or after this day (YYYY-MM-DD).' }),
    to: dateParameter('to').openapi({ description: 'Only articles dated on or before this day (YYYY-MM-DD).' }),
    sort: choiceParameter('sort', ['relevance', 'date'], 'relevance').openapi({
      description: 'relevance (best first) or date (newest first, relevance breaking ties).',
    }),
    facets: listParameter('facets', FACET_NAMES).openapi({
      description: 'Count matching articles per value of these fields: category, source, tag.',
    }),
    fields: listParameter('fields', SEARCH_FIELDS).openapi({ description: 'Search only these fields: title, body (default both).' }),
    highlight: booleanParameter('highlight', true).openapi({
      description: 'false skips marking and snippets (snippet is then empty, no article text is read).',
    }),
    snippet_length: integerParameter('snippet_length', SNIPPET_LENGTH.min, SNIPPET_LENGTH.max, SNIPPET_LENGTH.default).openapi({
      description: 'Approximate snippet length in characters.',
    }),
    pretty: prettyParameter,
  })
  .superRefine((value, context) => {
    if (value.from !== undefined && value.to !== undefined && value.from > value.to) {
      context.addIssue({ code: 'custom', path: ['from'], message: `from (${value.from}) is after to (${value.to}): swap them or widen the range` });
    }
  });

export type SearchParameters = z.output<typeof searchQuerySchema>;

export const suggestQuerySchema = z.object({
  q: queryText(MAX_QUERY_LENGTH, 'لافر').openapi({ description: 'What the reader has typed so far; its last word is completed.', example: 'لافر' }),
  limit: integerParameter('limit', 1, MAX_SUGGESTIONS, 5).openapi({ description: 'Completions to return.' }),
  pretty: prettyParameter,
});

export const articleParamsSchema = z.object({
  id: z
    .string()
    .min(1)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'The article id, as in a hit.', example: 'seed-lavrov-morocco-visit' }),
});

export const articleQuerySchema = z.object({ pretty: prettyParameter });

const highlightSchema = z
  .object({
    text: z.string().openapi({ description: 'The text without marks and without HTML escaping.' }),
    ranges: z
      .array(z.tuple([z.number().int(), z.number().int()]))
      .openapi({ description: 'Each marked run as [start, end) in UTF-16 code units of `text` (a phrase is one run).' }),
  })
  .openapi('Highlight');

export const hitSchema = z
  .object({
    id: z.string(),
    score: z.number(),
    title: z.string().openapi({ description: 'The title, HTML-escaped, matched words in <mark>.' }),
    snippet: z.string().openapi({
      description:
        'A window of the body around the densest run of matched words, HTML-escaped, matched words in <mark>, … where cut. Empty with highlight=false.',
    }),
    url: z.string().nullable(),
    date: z.string().nullable(),
    category: z.string().nullable(),
    source: z.string().nullable(),
    tags: z.array(z.string()),
    highlights: z.object({ title: highlightSchema, snippet: highlightSchema }),
  })
  .openapi('SearchHit');

const facetValuesSchema = z.array(z.object({ value: z.string(), count: z.number().int() }).openapi('FacetCount'));

/** Said of every field that carries text as sent or as stored: the API escapes only title and snippet. */
const RAW_TEXT = 'Plain text, not HTML: not escaped, and bidi controls are kept as sent or stored. Show it with textContent, never innerHTML.';

export const searchResponseSchema = z
  .object({
    query: z.string().openapi({ description: `q as sent. ${RAW_TEXT}` }),
    total: z.number().int(),
    total_exact: z.boolean().openapi({
      description:
        'False when `total` is a lower bound: a quoted phrase had more candidates than one request may read to confirm (`total` and facets count the matches confirmed so far), or the page was ranked without reading the lists of words held by a large share of the archive (docs/api.md, "Phrases and total_exact").',
    }),
    partial: z.literal(true).optional().openapi({
      description:
        'Present when the query needed more index pieces than one request may read (24 dictionary pieces; docs/limits-and-guarantees.md): hits come from the readings read first, `total` is a lower bound, and the answer is not cached, so repeating the request reads further.',
    }),
    offset: z.number().int(),
    limit: z.number().int(),
    hits: z.array(hitSchema),
    facets: z
      .object({ category: facetValuesSchema.optional(), source: facetValuesSchema.optional(), tag: facetValuesSchema.optional() })
      .optional()
      .openapi({
        description:
          'With facets=…: matching articles per value, over all matches, most frequent first. A facet the request filters by counts as if its own filter were off (disjunctive), except with a quoted phrase.',
      }),
    suggestion: z
      .string()
      .optional()
      .openapi({ description: 'When the query found little, or found only through typo tolerance: the corrected query.' }),
  })
  .openapi('SearchResponse');

export const suggestResponseSchema = z
  .object({
    query: z.string().openapi({ description: `q as sent. ${RAW_TEXT}` }),
    suggestions: z.array(
      z.object({
        text: z.string().openapi({ description: `The completed last word, in the spelling the articles use most. ${RAW_TEXT}` }),
        query: z.string().openapi({ description: `The whole query with the last word completed. ${RAW_TEXT}` }),
        count: z.number().int().openapi({ description: 'The total /search reports for that query (phrases aside).' }),
      }),
    ),
  })
  .openapi('SuggestResponse');

export const articleSchema = z
  .object({
    id: z.string(),
    title: z.string().openapi({ description: `The title as stored. ${RAW_TEXT}` }),
    body: z.string().openapi({ description: `The body as stored. ${RAW_TEXT}` }),
    url: z.string().nullable(),
    date: z.string().nullable(),
    category: z.string().nullable(),
    source: z.string().nullable(),
    tags: z.array(z.string()),
  })
  .openapi('Article', { description: `The stored fields of one article. Every string is ${RAW_TEXT.charAt(0).toLowerCase()}${RAW_TEXT.slice(1)}` });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
    }),
  })
  .openapi('Error');

export const healthSchema = z
  .object({
    status: z.literal('ok'),
    documents: z.number().int(),
    formatVersion: z.number().int(),
    analyzerVersion: z.number().int(),
    contentHash: z.string(),
  })
  .openapi('Health');

export type SearchHit = z.infer<typeof hitSchema>;
export type SearchResponse = z.infer<typeof searchResponseSchema>;
export type SuggestResponse = z.infer<typeof suggestResponseSchema>;
export type ArticleBody = z.infer<typeof articleSchema>;
