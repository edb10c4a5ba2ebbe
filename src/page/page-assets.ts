// Assembles the browser assets from the client chunks: /page.js (the search page), /widget.js (the embeddable
// box) and /widget.css (its styles). Each script is one IIFE so nothing leaks into the host page's global scope.

import { API_CLIENT_SCRIPT } from './client/api-client-script';
import { PAGE_MAIN_SCRIPT } from './client/page-main-script';
import { RENDER_SCRIPT } from './client/render-script';
import { SEARCH_CONTROLLER_SCRIPT } from './client/search-controller-script';
import { SEARCH_UI_SCRIPT } from './client/search-ui-script';
import { SUGGESTIONS_SCRIPT } from './client/suggestions-script';
import { WIDGET_MAIN_SCRIPT } from './client/widget-main-script';
import { COMPONENT_CSS } from './component-style';

/** The chunks both scripts share, in dependency order. */
const SEARCH_COMPONENT = [API_CLIENT_SCRIPT, RENDER_SCRIPT, SEARCH_UI_SCRIPT, SUGGESTIONS_SCRIPT, SEARCH_CONTROLLER_SCRIPT];

/**
 * Drops whole-line comments and indentation: the chunks are written to be read, the browser needs neither.
 * Only lines that start with // are removed, so a // inside a string or URL is left alone.
 */
function compact(source: string): string {
  return source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}

function wrapInFunctionScope(chunks: readonly string[]): string {
  return `(function () {\n'use strict';\n${compact(chunks.join('\n'))}\n})();\n`;
}

export const PAGE_SCRIPT = wrapInFunctionScope([...SEARCH_COMPONENT, PAGE_MAIN_SCRIPT]);

export const WIDGET_SCRIPT = wrapInFunctionScope([...SEARCH_COMPONENT, WIDGET_MAIN_SCRIPT]);

/** /widget.css: the component rules alone, linked by widget.js, so a host page's CSP need not allow inline styles. */
export const WIDGET_CSS = `${COMPONENT_CSS.replace(/\n\s*/g, ' ').trim()}\n`;
