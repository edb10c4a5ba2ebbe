// Snippet rendering: a window of text and its matches → escaped HTML with <mark>s, plain text and mark offsets.

import { escapeHtml } from '../text/escape-html';
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

/**
 * True when displayText might change `piece`: a space next to another, or a
 * character that may be other white space or a bidi control (all of them
 * lie below U+0020, at U+00A0, U+1680, U+2000–206F, U+3000 or U+FEFF). Most
 * pieces have none, and a loop finds that faster than a regex.
 */
function mayNeedDisplayChange(piece: string): boolean {
  let previous = 0;
  for (let index = 0; index < piece.length; index++) {
    const code = piece.charCodeAt(index);
    if (code < 0x20 || (code === 0x20 && previous === 0x20)) return true;
    if (code >= 0xa0 && (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x206f) || code === 0x3000 || code === 0xfeff)) return true;
    previous = code;
  }
  return false;
}

/** Article text as a snippet shows it: white space collapsed, bidi scopes removed. */
function displayText(piece: string): string {
  if (!mayNeedDisplayChange(piece)) return piece;
  return piece.replace(BIDI_SCOPE_CONTROLS, '').replace(WHITESPACE_RUN, ' ');
}

/** Builds the three forms of a snippet side by side, so each mark's offsets in the plain text are known as it is added. */
class SnippetBuilder {
  html = '';
  plain = '';
  readonly ranges: [number, number][] = [];

  /** Adds text shown as is (the ellipsis). */
  addRaw(text: string): void {
    this.html += text;
    this.plain += text;
  }

  addText(piece: string): void {
    const collapsed = displayText(piece);
    this.html += escapeHtml(collapsed);
    this.plain += collapsed;
  }

  addMark(piece: string): void {
    const word = displayText(piece);
    this.ranges.push([this.plain.length, this.plain.length + word.length]);
    this.html += `<mark>${escapeHtml(word)}</mark>`;
    this.plain += word;
  }
}

/**
 * Renders text[window.start, window.end) with each match wrapped whole in
 * <mark>. Runs of white space (line breaks included) become one space and
 * bidi scope controls are dropped. Article text is escaped before any mark is added.
 */
export function renderSnippet(text: string, matches: readonly MatchedSpan[], window: TextWindow): RenderedSnippet {
  const snippet = new SnippetBuilder();
  if (window.start > 0) snippet.addRaw(ELLIPSIS);
  let position = window.start;
  for (const match of matches) {
    if (match.start < window.start || match.end > window.end) continue;
    snippet.addText(text.slice(position, match.start));
    snippet.addMark(text.slice(match.start, match.end));
    position = match.end;
  }
  snippet.addText(text.slice(position, window.end));
  if (window.end < text.length) snippet.addRaw(ELLIPSIS);
  return { html: snippet.html, text: snippet.plain, ranges: snippet.ranges };
}
