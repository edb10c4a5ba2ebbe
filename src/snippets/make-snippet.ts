// Snippets for a hit: the body's best window and the whole title, both marked.

import type { ParsedQuery } from '../query/parse-query';
import { CompleteWindowStop } from './complete-window-stop';
import { markMatches } from './mark-matches';
import { type RenderedSnippet, renderSnippet } from './render-snippet';
import { findSnippetWindow } from './snippet-window';

/** Default snippet length in characters: about two lines of a results page. */
export const DEFAULT_SNIPPET_LENGTH = 200;

/**
 * Characters of a body searched for the snippet window. Finding matches costs
 * a few nanoseconds a character (regex scans for candidate words) plus the
 * analysis of each candidate, so a 1 MB article would still cost milliseconds
 * per hit; past this point (some ten pages) the snippet shows the best window
 * found before it. Past MIN_SNIPPET_SCAN it stops sooner, once a window holds every term.
 */
export const MAX_SNIPPET_SCAN = 20_000;

/** The opening of a long body, cut at white space near the limit when there is some, so no word is split. */
function scannedPart(body: string): string {
  if (body.length <= MAX_SNIPPET_SCAN) return body;
  const cut = body.lastIndexOf(' ', MAX_SNIPPET_SCAN);
  return body.slice(0, cut > MAX_SNIPPET_SCAN / 2 ? cut : MAX_SNIPPET_SCAN);
}

/**
 * Characters always searched before the scan may stop early: most news
 * articles are shorter, so their window is the densest one (on the 165 news
 * evaluation queries, every snippet is as a full scan would choose it).
 */
export const MIN_SNIPPET_SCAN = 2_000;

type Phrases = ParsedQuery['phrases'];

/** The body window around the densest run of matched words (each quoted phrase one run), marked. */
export function makeBodySnippet(
  body: string,
  matchedTerms: ReadonlySet<string>,
  length = DEFAULT_SNIPPET_LENGTH,
  phrases: Phrases = [],
): RenderedSnippet {
  const scanned = scannedPart(body);
  const matches = markMatches(scanned, matchedTerms, phrases, new CompleteWindowStop(matchedTerms, length, MIN_SNIPPET_SCAN));
  return renderSnippet(body, matches, findSnippetWindow(scanned, matches, length));
}

/** The whole title with its matched words (and phrase runs) marked. */
export function makeTitleSnippet(title: string, matchedTerms: ReadonlySet<string>, phrases: Phrases = []): RenderedSnippet {
  return renderSnippet(title, markMatches(title, matchedTerms, phrases), { start: 0, end: title.length });
}
