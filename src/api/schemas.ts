// Request and response schemas: the validator checks requests with them and /openapi.json is generated from them.

import { z } from '@hono/zod-openapi';

export const MAX_QUERY_LENGTH = 200;
export const MAX_LIMIT = 50;
export const MAX_OFFSET = 10_000;

const integerParameter = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined) return fallback;
      const number = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
      if (!(number >= min && number <= max)) {
        context.addIssue({ code: 'custom', message: `${name} must be a whole number from ${min} to ${max} (got "${value.slice(0, 20)}")` });
        return z.NEVER;
      }
      return number;
    })
    .openapi({ type: 'integer', minimum: min, maximum: max, default: fallback });

export const searchQuerySchema = z.object({
  q: z
    .string({ error: 'q is required: send the words to search for, e.g. /search?q=المغرب' })
    .trim()
    .min(1, { error: 'q is blank: send at least one word to search for' })
    .max(MAX_QUERY_LENGTH, { error: `q is longer than ${MAX_QUERY_LENGTH} characters: shorten the query` })
    .openapi({ description: 'The words to search for. The last word also matches as a prefix unless a space follows it.', example: 'لافروف' }),
  limit: integerParameter('limit', 1, MAX_LIMIT, 10).openapi({ description: 'Hits per page.' }),
  offset: integerParameter('offset', 0, MAX_OFFSET, 0).openapi({ description: 'Hits to skip, for paging.' }),
});

const highlightSchema = z.object({
  text: z.string().openapi({ description: 'The text without marks.' }),
  ranges: z
    .array(z.tuple([z.number().int(), z.number().int()]))
    .openapi({ description: 'Each marked word as [start, end) in UTF-16 code units of `text`.' }),
});

export const hitSchema = z.object({
  id: z.string(),
  score: z.number(),
  title: z.string().openapi({ description: 'The title, HTML-escaped, matched words in <mark>.' }),
  snippet: z.string().openapi({ description: 'About 200 characters of the body around the densest run of matched words, HTML-escaped, matched words in <mark>, … where cut.' }),
  url: z.string().nullable(),
  date: z.string().nullable(),
  category: z.string().nullable(),
  source: z.string().nullable(),
  tags: z.array(z.string()),
  highlights: z.object({ title: highlightSchema, snippet: highlightSchema }),
});

export const searchResponseSchema = z.object({
  query: z.string(),
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  hits: z.array(hitSchema),
});

export const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

export const healthSchema = z.object({
  status: z.literal('ok'),
  documents: z.number().int(),
  formatVersion: z.number().int(),
  analyzerVersion: z.number().int(),
  contentHash: z.string(),
});

export type SearchHit = z.infer<typeof hitSchema>;
export type SearchResponse = z.infer<typeof searchResponseSchema>;
