import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/analysis/tokenize';
import { CompleteWindowStop } from '../../src/snippets/complete-window-stop';
import { findMatches, type MatchedSpan } from '../../src/snippets/find-matches';
import { DEFAULT_SNIPPET_LENGTH, MIN_SNIPPET_SCAN, makeBodySnippet } from '../../src/snippets/make-snippet';
import { renderSnippet } from '../../src/snippets/render-snippet';
import { findSnippetWindow } from '../../src/snippets/snippet-window';
import { termsOf } from './terms-of';

const LENGTH = DEFAULT_SNIPPET_LENGTH;
const FILLER = 'كلام عام لا علاقة له بالموضوع ';

/** The snippet a scan of the whole body would give, without stopping early. */
function fullScanSnippet(body: string, terms: ReadonlySet<string>): ReturnType<typeof renderSnippet> {
  const matches = findMatches(body, terms);
  return renderSnippet(body, matches, findSnippetWindow(body, matches, LENGTH));
}

/** The query words a set of matched words shows: those one of whose forms some matched word yields. */
function queryWordsShown(text: string, matches: readonly MatchedSpan[], queryWords: readonly string[]): number {
  const yielded = new Set(matches.flatMap((match) => [...termsOf(text.slice(match.start, match.end))]));
  return queryWords.filter((word) => [...termsOf(word)].some((form) => yielded.has(form))).length;
}

/** Most query words any window anchored on a match shows, over the whole text. */
function mostQueryWordsShown(text: string, matches: readonly MatchedSpan[], queryWords: readonly string[]): number {
  let most = 0;
  matches.forEach((first, index) => {
    const inWindow = matches.slice(index).filter((match) => match.end <= first.start + LENGTH);
    most = Math.max(most, queryWordsShown(text, inWindow, queryWords));
  });
  return most;
}

describe('CompleteWindowStop', () => {
  it('lets the window show as many query words as the best window of a full scan, for any body', () => {
    const words = ['لافروف', 'ولافروف', 'مراكش', 'بمراكش', 'المنتدى', 'كلام', 'عام', 'في', 'بالمغرب', 'المغرب', 'مغرب'];
    const body = fc.array(fc.constantFrom(...words), { maxLength: 300 }).map((parts) => parts.join(' '));
    const query = fc.subarray(['لافروف', 'مراكش', 'المنتدى', 'المغرب'], { minLength: 1 });
    fc.assert(
      fc.property(body, query, (text, queryWords) => {
        const terms = termsOf(...queryWords);
        const read = findMatches(text, terms, new CompleteWindowStop(terms, LENGTH));
        const window = findSnippetWindow(text, read, LENGTH);
        const shown = read.filter((match) => match.start >= window.start && match.end <= window.end);
        expect(queryWordsShown(text, shown, queryWords)).toBeGreaterThanOrEqual(mostQueryWordsShown(text, findMatches(text, terms), queryWords));
      }),
      { numRuns: 300 },
    );
  });

  it('ends the scan of a long body soon after a window holds every term', () => {
    const body = `وصل لافروف إلى مراكش للمشاركة في المنتدى ${FILLER.repeat(500)} لافروف في مراكش`;
    const terms = termsOf('لافروف', 'مراكش');
    const matches = findMatches(body, terms, new CompleteWindowStop(terms, LENGTH));
    expect(matches.map((match) => body.slice(match.start, match.end))).toEqual(['لافروف', 'مراكش']);
    expect(matches.at(-1)!.end).toBeLessThan(LENGTH);
  });

  it('keeps scanning while some term has not been seen', () => {
    const body = `وصل لافروف أمس ${FILLER.repeat(500)} لافروف في مراكش`;
    const terms = termsOf('لافروف', 'مراكش');
    const matches = findMatches(body, terms, new CompleteWindowStop(terms, LENGTH));
    expect(matches).toHaveLength(3);
  });

  it('waits until the complete window has been read to its end, so it counts every repeat inside it', () => {
    const body = `لافروف في مراكش ثم لافروف ولافروف ${FILLER.repeat(50)} لافروف`;
    const terms = new Set(['لافروف', 'مراكش']);
    const matches = findMatches(body, terms, new CompleteWindowStop(terms, LENGTH));
    expect(matches.map((match) => body.slice(match.start, match.end))).toEqual(['لافروف', 'مراكش', 'لافروف', 'ولافروف']);
  });

  it('reads the first characters it is told to whatever it has found', () => {
    const body = `لافروف في مراكش ${FILLER.repeat(20)} لافروف ${FILLER.repeat(200)} لافروف`;
    const terms = new Set(['لافروف', 'مراكش']);
    expect(findMatches(body, terms, new CompleteWindowStop(terms, LENGTH, 1_000))).toHaveLength(3);
  });
});

describe('makeBodySnippet with the early stop', () => {
  it('reads a short body whole, so its window is the densest one even when every term shows earlier', () => {
    const body = `وصل لافروف إلى مراكش ${FILLER.repeat(10)} لافروف في مراكش ولافروف وبمراكش`;
    expect(body.length).toBeLessThan(MIN_SNIPPET_SCAN);
    const terms = termsOf('لافروف', 'مراكش');
    const snippet = makeBodySnippet(body, terms);
    expect(snippet).toEqual(fullScanSnippet(body, terms));
    expect(snippet.ranges.length).toBeGreaterThanOrEqual(4);
  });

  it('stops reading a long body once its opening shows every term, past the minimum scan', () => {
    const body = `وصل لافروف إلى مراكش ${FILLER.repeat(300)} لافروف في مراكش ولافروف وبمراكش ${FILLER.repeat(10)}`;
    const terms = termsOf('لافروف', 'مراكش');
    const snippet = makeBodySnippet(body, terms);
    expect(snippet.text.startsWith('وصل لافروف إلى مراكش')).toBe(true);
    expect(snippet.ranges).toHaveLength(2);
    // A full scan would have preferred the later window, which repeats both words.
    expect(fullScanSnippet(body, terms).ranges.length).toBeGreaterThanOrEqual(4);
  });

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

  it('cuts the window on the same word boundaries as the tokens of the body', () => {
    const body = `${FILLER.repeat(20)}وصل لافروف إلى مراكش ${FILLER.repeat(20)}`;
    const snippet = makeBodySnippet(body, termsOf('مراكش'));
    const inner = snippet.text.replace(/^…|…$/g, '');
    const start = body.indexOf(inner);
    expect(tokenize(body).some((token) => token.start === start)).toBe(true);
    expect(tokenize(body).some((token) => token.end === start + inner.length)).toBe(true);
  });
});
