// Snippet rendering: a window of text and its matches → escaped HTML with <mark>s, plain text and mark offsets.

import { escapeHtml } from './escape-html';
import type { MatchedSpan } from './find-matches';
import type { TextWindow } from './snippet-window';

export const ELLIPSIS = '…';

/** A rendered snippet: HTML with marks, the same text unmarked, and each mark as [start, end) in the unmarked text. */
export interface RenderedSnippet {
  readonly html: string;
  readonly text: string;
  readonly ranges: readonly (readonly [number, number])[];
}

const WHITESPACE_RUN = /\s+/gu;
/**
 * Bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069) open a
 * scope that a cut window or a mark can leave unclosed, reversing whatever the
 * page shows after the snippet. They are dropped from displayed text; the
 * scope-free marks (LRM, RLM, ALM) stay.
 */
const BIDI_SCOPE_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/gu;

/** Article text as a snippet shows it: white space collapsed, bidi scopes removed. */
function displayText(piece: string): string {
  return piece.replace(BIDI_SCOPE_CONTROLS, '').replace(WHITESPACE_RUN, ' ');
}

/**
 * Renders text[window.start, window.end) with each match wrapped whole in
 * <mark>. Runs of white space (line breaks included) become one space and
 * bidi scope controls are dropped. Article text is escaped before any mark is added.
 */
export function renderSnippet(text: string, matches: readonly MatchedSpan[], window: TextWindow): RenderedSnippet {
  const cutStart = window.start > 0;
  const cutEnd = window.end < text.length;
  let html = cutStart ? ELLIPSIS : '';
  let plain = html;
  const ranges: [number, number][] = [];
  let position = window.start;
  const appendText = (piece: string): void => {
    const collapsed = displayText(piece);
    html += escapeHtml(collapsed);
    plain += collapsed;
  };
  for (const match of matches) {
    if (match.start < window.start || match.end > window.end) continue;
    appendText(text.slice(position, match.start));
    const word = displayText(text.slice(match.start, match.end));
    ranges.push([plain.length, plain.length + word.length]);
    html += `<mark>${escapeHtml(word)}</mark>`;
    plain += word;
    position = match.end;
  }
  appendText(text.slice(position, window.end));
  if (cutEnd) {
    html += ELLIPSIS;
    plain += ELLIPSIS;
  }
  return { html, text: plain, ranges };
}
