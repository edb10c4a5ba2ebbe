import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeWord } from '../../src/analysis/pipeline';
import { tokenize } from '../../src/analysis/tokenize';
import { findMatches, type MatchedSpan } from '../../src/snippets/find-matches';
import { DEFAULT_SNIPPET_LENGTH, makeBodySnippet } from '../../src/snippets/make-snippet';
import { renderSnippet } from '../../src/snippets/render-snippet';
import { CompleteWindowStop } from '../../src/snippets/complete-window-stop';
import { findSnippetWindow } from '../../src/snippets/snippet-window';

/** The index terms a query word would match, as the search step reports them. */
function termsOf(...words: string[]): Set<string> {
  const terms = new Set<string>();
  for (const word of words) {
    const analysis = analyzeWord(word);
    if (analysis === null) continue;
    terms.add(analysis.surface);
    for (const stem of analysis.stems) terms.add(stem);
  }
  return terms;
}

const LENGTH = DEFAULT_SNIPPET_LENGTH;
const FILLER = 'كلام عام لا علاقة له بالموضوع ';

/** The snippet a scan of the whole body would give, without stopping early. */
function fullScanSnippet(body: string, terms: ReadonlySet<string>): ReturnType<typeof renderSnippet> {
  const matches = findMatches(body, terms);
  return renderSnippet(body, matches, findSnippetWindow(body, matches, LENGTH));
}

/** Most distinct terms any window anchored on a match holds, over the whole text. */
function mostDistinctTerms(matches: readonly MatchedSpan[]): number {
  let most = 0;
  matches.forEach((first, index) => {
    const terms = new Set(matches.slice(index).filter((match) => match.end <= first.start + LENGTH).map((match) => match.term));
    most = Math.max(most, terms.size);
  });
  return most;
}

describe('CompleteWindowStop', () => {
  it('ends the scan of a long body soon after a window holds every term', () => {
    const body = `وصل لافروف إلى مراكش للمشاركة في المنتدى ${FILLER.repeat(500)} لافروف في مراكش`;
    const matches = findMatches(body, termsOf('لافروف', 'مراكش'), new CompleteWindowStop(2, LENGTH));
    expect(matches.map((match) => body.slice(match.start, match.end))).toEqual(['لافروف', 'مراكش']);
    expect(matches.at(-1)!.end).toBeLessThan(LENGTH);
  });

  it('keeps scanning while some term has not been seen', () => {
    const body = `وصل لافروف أمس ${FILLER.repeat(500)} لافروف في مراكش`;
    const matches = findMatches(body, termsOf('لافروف', 'مراكش'), new CompleteWindowStop(2, LENGTH));
    expect(matches).toHaveLength(3);
  });

  it('waits until the complete window has been read to its end, so it counts every repeat inside it', () => {
    const body = `لافروف في مراكش ثم لافروف ولافروف ${FILLER.repeat(50)} لافروف`;
    const terms = new Set(['لافروف', 'مراكش']);
    const matches = findMatches(body, terms, new CompleteWindowStop(terms.size, LENGTH));
    expect(matches.map((match) => body.slice(match.start, match.end))).toEqual(['لافروف', 'مراكش', 'لافروف', 'ولافروف']);
  });
});

describe('makeBodySnippet with the early stop', () => {
  it('picks the same window as a full scan when every term is found early and later text repeats only some', () => {
    const body = `${FILLER.repeat(3)}وصل لافروف إلى مراكش للمشاركة ${FILLER.repeat(300)} لافروف ولافروف ${FILLER.repeat(10)}`;
    const terms = termsOf('لافروف', 'مراكش');
    expect(makeBodySnippet(body, terms)).toEqual(fullScanSnippet(body, terms));
    expect(makeBodySnippet(body, terms).ranges).toHaveLength(2);
  });

  it('still finds the only window holding every term deep in a long body', () => {
    const body = `لافروف ${FILLER.repeat(300)} وصل لافروف إلى مراكش ${FILLER.repeat(10)}`;
    const snippet = makeBodySnippet(body, termsOf('لافروف', 'مراكش'));
    expect(snippet.text).toContain('لافروف إلى مراكش');
  });

  it('shows as many distinct terms as the best window of a full scan, for any body', () => {
    const words = ['لافروف', 'مراكش', 'المنتدى', 'كلام', 'عام', 'في', 'بالمغرب', 'المغرب'];
    const body = fc.array(fc.constantFrom(...words), { maxLength: 400 }).map((parts) => parts.join(' '));
    const query = fc.subarray(['لافروف', 'مراكش', 'المنتدى', 'المغرب'], { minLength: 1 });
    fc.assert(
      fc.property(body, query, (text, queryWords) => {
        const terms = termsOf(...queryWords);
        const snippet = makeBodySnippet(text, terms);
        const shown = new Set(
          snippet.ranges.flatMap(([start, end]) => {
            const analysis = analyzeWord(snippet.text.slice(start, end))!;
            return [analysis.surface, ...analysis.stems].filter((term) => terms.has(term)).slice(0, 1);
          }),
        );
        expect(shown.size).toBeGreaterThanOrEqual(mostDistinctTerms(findMatches(text, terms)));
      }),
      { numRuns: 300 },
    );
  });

  it('cuts the window on the same word boundaries as the tokens of the body', () => {
    const body = `${FILLER.repeat(20)}وصل لافروف إلى مراكش ${FILLER.repeat(20)}`;
    const snippet = makeBodySnippet(body, termsOf('مراكش'));
    const inner = snippet.text.replace(/^…|…$/g, '');
    const start = body.indexOf(inner);
    expect(tokenize(body).some((token) => token.start === start)).toBe(true);
    expect(tokenize(body).some((token) => token.end === start + inner.length)).toBe(true);
  });
});
