// Property suite for src/snippets: for any article text and matched terms, marks are the only markup and ranges point at the marked words.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analysis/pipeline';
import { DEFAULT_SNIPPET_LENGTH, makeBodySnippet, makeTitleSnippet } from '../../src/snippets/make-snippet';
import type { RenderedSnippet } from '../../src/snippets/render-snippet';
import { hostileString, PATHOLOGICAL_STRINGS } from './hostile-text';

const RUNS = Number(process.env.FUZZ_PROPERTY_RUNS ?? 300);

const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(\'x\')">',
  '&amp;',
  '&lt;mark&gt;',
  '<mark>',
  '</mark>',
  '"',
  "'",
  '\u202eالمغرب\u202c',
  '<<>>',
];
const articleText = fc.array(fc.oneof(hostileString(30), fc.constantFrom(...MARKUP)), { maxLength: 30 }).map((parts) => parts.join(' '));

/** Some of the terms the text really analyses to, plus noise: what a search could report as matched. */
function matchedTermsOf(text: string): fc.Arbitrary<Set<string>> {
  const terms = analyzeText(text).flatMap((token) => (token.analysis ? [token.analysis.surface, ...token.analysis.stemFieldTerms] : []));
  const real = terms.length > 0 ? fc.subarray(terms) : fc.constant([]);
  return fc.tuple(real, fc.array(hostileString(8), { maxLength: 3 })).map(([some, noise]) => new Set([...some, ...noise]));
}

const ENTITY = /&(?:amp|lt|gt|quot|#39);/g;
const unescape = (html: string): string =>
  html.replace(ENTITY, (entity) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" })[entity] ?? entity);

function expectSafeAndConsistent(snippet: RenderedSnippet): void {
  const marked = [...snippet.html.matchAll(/<mark>(.*?)<\/mark>/gsu)].map((match) => unescape(match[1]!));
  const unmarked = snippet.html.replace(/<\/?mark>/g, '');
  expect(unmarked).not.toMatch(/[<>"'\u202a-\u202e\u2066-\u2069]/);
  expect(unmarked.replace(ENTITY, '')).not.toContain('&');
  expect(unescape(unmarked)).toBe(snippet.text);
  expect(snippet.ranges.map(([start, end]) => snippet.text.slice(start, end))).toEqual(marked);
  let previousEnd = 0;
  for (const [start, end] of snippet.ranges) {
    expect(start).toBeGreaterThanOrEqual(previousEnd);
    expect(end).toBeGreaterThan(start);
    previousEnd = end;
  }
  expect(previousEnd).toBeLessThanOrEqual(snippet.text.length);
}

describe('makeTitleSnippet', () => {
  it('escapes any title and marks only matched words, with ranges that slice the unmarked text', () => {
    fc.assert(
      fc.property(
        articleText.chain((text) => fc.tuple(fc.constant(text), matchedTermsOf(text))),
        ([title, terms]) => {
          expectSafeAndConsistent(makeTitleSnippet(title, terms));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('makeBodySnippet', () => {
  it('escapes any body, stays about one snippet long, and its ranges slice the unmarked text', () => {
    fc.assert(
      fc.property(
        articleText.chain((text) => fc.tuple(fc.constant(text), matchedTermsOf(text))),
        ([body, terms]) => {
          const snippet = makeBodySnippet(body, terms);
          expectSafeAndConsistent(snippet);
          expect(snippet.text.length).toBeLessThanOrEqual(DEFAULT_SNIPPET_LENGTH + 2);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it.each(PATHOLOGICAL_STRINGS)('renders %s safely', (_name, body) => {
    const terms = new Set(analyzeText(body).flatMap((token) => (token.analysis ? [token.analysis.surface] : [])));
    expectSafeAndConsistent(makeBodySnippet(body, terms));
    expectSafeAndConsistent(makeTitleSnippet(body, terms));
  });
});
