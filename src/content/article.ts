// The article contract: what a content file may contain, validated the same way for every format.

// A namespace import lets esbuild keep only the parts of zod used: `import { z }` kept all 756 KB of it (every
// locale included) in the build CLI's bundle, compiled at every start (scripts/run-bundled.mjs).
import * as z from 'zod';
import { ISO_DATE_FORM, isCalendarDate } from './calendar-date';

const nonBlank = (field: string) =>
  z
    .string({ error: `${field} must be a string` })
    .trim()
    .min(1, { error: `${field} is empty; give the article a ${field}` });

const isoDate = z
  .string({ error: 'date must be a string in the form YYYY-MM-DD' })
  .regex(ISO_DATE_FORM, { error: 'date must be in the form YYYY-MM-DD (for example 2023-11-05)' })
  .refine(isCalendarDate, { error: 'date is not a real calendar date' });

/** Exports write a missing value as null or "" (the Jawhara corpus does both): either means "not given". */
function absentWhenEmpty(value: unknown): unknown {
  return value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;
}

/** An optional text field: null or blank text means "not given". */
const optionalText = (field: string) =>
  z.preprocess(
    absentWhenEmpty,
    z
      .string({ error: `${field} must be a string` })
      .trim()
      .optional(),
  );

/** A link a reader can follow: only http(s), so a javascript: or data: URL never reaches a page. */
const webUrl = z.preprocess(
  absentWhenEmpty,
  z
    .string({ error: 'url must be a string' })
    .trim()
    .regex(/^https?:\/\/[^\x00-\x20\x7f]+$/i, { error: 'url must be an absolute http:// or https:// address' })
    .optional(),
);

/** What a content file may hold for one article; unknown fields are accepted and dropped. */
export const articleInputSchema = z.object({
  id: z
    .union([z.string().trim().min(1), z.number().int().nonnegative()], {
      error: 'id must be a non-empty string or a non-negative integer',
    })
    .transform((id) => String(id)),
  title: nonBlank('title'),
  body: nonBlank('body'),
  url: webUrl,
  date: z.preprocess(absentWhenEmpty, isoDate.optional()),
  category: optionalText('category'),
  source: optionalText('source'),
  tags: z.preprocess(
    absentWhenEmpty,
    z.array(z.string({ error: 'tags must be strings' }).trim().min(1), { error: 'tags must be an array of strings' }).optional(),
  ),
});

/** A validated article, as the index build receives it. */
export type Article = z.output<typeof articleInputSchema>;

/** The article fields a reader or client sees, in the order they are reported. */
export const ARTICLE_FIELDS = ['id', 'title', 'body', 'url', 'date', 'category', 'source', 'tags'] as const;
