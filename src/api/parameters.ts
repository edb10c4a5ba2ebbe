// Query-parameter schemas: each turns the text of one URL parameter into a value, or an error naming the parameter and what it accepts.

import { z } from '@hono/zod-openapi';
import { isCalendarDate } from '../content/calendar-date';

/** Messages quote at most this much of a bad value, so an error never echoes a huge input. */
const QUOTED_LENGTH = 20;

function quote(value: string): string {
  return value.length > QUOTED_LENGTH ? `"${value.slice(0, QUOTED_LENGTH)}…"` : `"${value}"`;
}

/** A repeated parameter arrives as an array; these parameters mean one thing, so they must be sent once. */
function sentOnce(name: string) {
  return z.string({ error: (issue) => (issue.input === undefined ? `${name} is required` : `${name} was sent more than once: send it once`) });
}

/** The search text: required, not blank, at most `max` characters. Kept as sent: a trailing space means the last word is complete. */
export function queryText(max: number, example: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? `q is required: send the words to search for, e.g. ?q=${example}` : 'q was sent more than once: send it once',
    })
    .refine((value) => value.trim().length > 0, { error: 'q is blank: send at least one word to search for' })
    .refine((value) => value.length <= max, { error: `q is longer than ${max} characters: shorten the query` });
}

/** A whole number in [min, max]; absent means `fallback`. */
export function integerParameter(name: string, min: number, max: number, fallback: number) {
  return sentOnce(name)
    .optional()
    .transform((value, context) => {
      if (value === undefined) return fallback;
      const number = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
      if (!(number >= min && number <= max)) {
        context.addIssue({ code: 'custom', message: `${name} must be a whole number from ${min} to ${max} (got ${quote(value)})` });
        return z.NEVER;
      }
      return number;
    })
    .openapi({ type: 'integer', minimum: min, maximum: max, default: fallback });
}

/** One of a fixed set of words. */
export function choiceParameter<const T extends readonly [string, ...string[]]>(name: string, choices: T, fallback: T[number]) {
  return sentOnce(name)
    .optional()
    .transform((value, context): T[number] => {
      if (value === undefined) return fallback;
      if ((choices as readonly string[]).includes(value)) return value as T[number];
      context.addIssue({ code: 'custom', message: `${name} must be one of ${choices.join(', ')} (got ${quote(value)})` });
      return z.NEVER;
    })
    .openapi({ type: 'string', enum: [...choices], default: fallback });
}

/** A comma-separated list drawn from a fixed set (`facets=category,tag`); duplicates are dropped. */
export function listParameter<const T extends readonly [string, ...string[]]>(name: string, choices: T) {
  return sentOnce(name)
    .optional()
    .transform((value, context): T[number][] | undefined => {
      if (value === undefined) return undefined;
      const items = value.split(',').map((item) => item.trim());
      const unknown = items.find((item) => !(choices as readonly string[]).includes(item));
      if (unknown !== undefined) {
        context.addIssue({ code: 'custom', message: `${name} must be a comma-separated list of ${choices.join(', ')} (got ${quote(unknown)})` });
        return z.NEVER;
      }
      return [...new Set(items)] as T[number][];
    })
    .openapi({ type: 'string', description: `Comma-separated: ${choices.join(', ')}.` });
}

/** A filter that may be repeated (`tag=a&tag=b`): any of the values matches. */
export function repeatableParameter(name: string, maxValues: number) {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value, context): string[] => {
      const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
      if (values.length > maxValues) {
        context.addIssue({ code: 'custom', message: `${name} may be repeated at most ${maxValues} times` });
        return z.NEVER;
      }
      if (values.some((item) => item.trim().length === 0)) {
        context.addIssue({ code: 'custom', message: `${name} is empty: send a value, or leave the parameter out` });
        return z.NEVER;
      }
      return values.map((item) => item.trim());
    })
    .openapi({ type: 'array', items: { type: 'string' } });
}

/** An ISO calendar date, YYYY-MM-DD. */
export function dateParameter(name: string) {
  return sentOnce(name)
    .optional()
    .refine((value) => value === undefined || isCalendarDate(value), {
      error: (issue) => `${name} must be a real date in the form YYYY-MM-DD, e.g. 2023-11-05 (got ${quote(String(issue.input))})`,
    })
    .openapi({ type: 'string', format: 'date' });
}

/** true or false; absent means `fallback`. */
export function booleanParameter(name: string, fallback: boolean) {
  return choiceParameter(name, ['true', 'false'], fallback ? 'true' : 'false')
    .transform((value) => value === 'true')
    .openapi({ type: 'boolean', default: fallback });
}

/** `?pretty` (any value but false or 0) asks for indented JSON. */
export const prettyParameter = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => value !== undefined && !['false', '0'].includes(Array.isArray(value) ? (value[0] ?? '') : value))
  .openapi({ type: 'string', description: 'Present (e.g. `?pretty`) to indent the JSON for reading.' });
