import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderSnippet } from '../../src/snippets/render-snippet';
import { escapeHtml } from '../../src/text/escape-html';

/** Text rich in what rendering changes: every kind of white space, bidi controls, markup characters. */
const renderedText = fc.string({
  unit: fc.constantFrom(
    ...'قال لافروف ab',
    ' ',
    '  ',
    '\n',
    '\t',
    '\r',
    '\u00a0',
    '\u2003',
    '\u2028',
    '\u1680',
    '\u202f',
    '\u205f',
    '\u3000',
    '\ufeff',
    '\u202b',
    '\u2067',
    '\u200f',
    '&',
    '<',
    '"',
    "'",
    '>',
  ),
  maxLength: 40,
});

describe('renderSnippet', () => {
  it('shows text with each run of white space as one space and bidi scope controls removed', () => {
    fc.assert(
      fc.property(renderedText, (text) => {
        const expected = text.replace(/[\u202a-\u202e\u2066-\u2069]/gu, '').replace(/\s+/gu, ' ');
        expect(renderSnippet(text, [], { start: 0, end: text.length }).text).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('marks a word and reports where it stands in the shown text', () => {
    const text = 'قال  لافروف\nأمس';
    const snippet = renderSnippet(text, [{ start: 5, end: 11, term: 'لافروف' }], { start: 0, end: text.length });
    expect(snippet.html).toBe('قال <mark>لافروف</mark> أمس');
    expect(snippet.ranges).toEqual([[4, 10]]);
  });
});

describe('escapeHtml', () => {
  it('replaces exactly the five markup characters and leaves other text as it is', () => {
    fc.assert(
      fc.property(renderedText, (text) => {
        const expected = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
        expect(escapeHtml(text)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
