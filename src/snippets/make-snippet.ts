// Snippets for a hit: the body's best window and the whole title, both marked.

import { tokenize } from '../analysis/tokenize';
import { findMatches } from './find-matches';
import { renderSnippet, type RenderedSnippet } from './render-snippet';
import { findSnippetWindow } from './snippet-window';

/** Default snippet length in characters: about two lines of a results page. */
export const DEFAULT_SNIPPET_LENGTH = 200;

/** The body window around the densest run of matched words, marked. */
export function makeBodySnippet(body: string, matchedTerms: ReadonlySet<string>, length = DEFAULT_SNIPPET_LENGTH): RenderedSnippet {
  // One tokenisation serves both the match finding and the window's word boundaries.
  const tokens = tokenize(body);
  const matches = findMatches(body, matchedTerms, tokens);
  return renderSnippet(body, matches, findSnippetWindow(body, matches, length, tokens));
}

/** The whole title with its matched words marked. */
export function makeTitleSnippet(title: string, matchedTerms: ReadonlySet<string>): RenderedSnippet {
  const matches = findMatches(title, matchedTerms);
  return renderSnippet(title, matches, { start: 0, end: title.length });
}
