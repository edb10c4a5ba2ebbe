// Property test through the Workers runtime: no query string a client can send makes the API answer 5xx.

import { SELF } from 'cloudflare:test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Characters that exercise the parser: Arabic letters and marks, quotes, minus, digits, Latin, controls, lone surrogates. */
const QUERY_CHARACTERS = [
  'ا',
  'ل',
  'م',
  'غ',
  'ر',
  'ب',
  'ة',
  'ى',
  'ـ',
  'َ',
  'ٱ',
  'ی',
  '٤',
  '۴',
  '"',
  '«',
  '»',
  '-',
  ' ',
  'a',
  'Z',
  '5',
  '%',
  '&',
  '<',
  '\u0000',
  '\u200f',
  '\uD800',
];

const queryText = fc.array(fc.constantFrom(...QUERY_CHARACTERS), { maxLength: 40 }).map((characters) => characters.join(''));
const parameterValue = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('0', '1', '50', '51', '-1', 'true', 'false', 'title', 'category,tag', '2023-11-05', 'date'),
);
const parameterName = fc.constantFrom(
  'q',
  'limit',
  'offset',
  'category',
  'source',
  'tag',
  'from',
  'to',
  'sort',
  'facets',
  'fields',
  'highlight',
  'snippet_length',
  'pretty',
  'x',
);

describe('any query string', () => {
  it('gets an answer below 500 from /search and /suggest', async () => {
    await fc.assert(
      fc.asyncProperty(
        queryText,
        fc.array(fc.tuple(parameterName, parameterValue), { maxLength: 5 }),
        fc.constantFrom('/search', '/suggest'),
        async (q, extra, path) => {
          const parameters = new URLSearchParams([['q', q], ...extra]);
          const response = await SELF.fetch(`https://example.com${path}?${parameters}`);
          await response.arrayBuffer();
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
  });
});
