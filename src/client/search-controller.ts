// mountSearch, the search-as-you-type loop shared by the page and the widget: debounced searches,
// newest-answer-wins, "more results", and hooks for the page's URL and filters.

import { type ApiClient, createLatestOnly, type LatestOutcome, type SearchAnswer, type SearchParams } from './api-client';
import { buildSearchUi, type SearchUi, showBusy, showError, showIdle, showResults } from './search-ui';
import { attachSuggestions } from './suggestions';

/** Why a search runs; the page's URL handling treats typing differently from the others. */
export type SearchReason = 'typing' | 'submit' | 'pick' | 'did-you-mean' | 'filter' | 'more' | 'retry' | 'initial' | 'history';

export interface MountOptions {
  readonly api: ApiClient;
  readonly base: string;
  readonly idPrefix: string;
  readonly limit: number;
  readonly placeholder?: string | undefined;
  /** Parameters added to every search (the page's filters). */
  readonly extraParams?: () => SearchParams;
  readonly onQueryChange?: (query: string, reason: SearchReason) => void;
  readonly onResults?: (query: string, body: SearchAnswer) => void;
}

export interface MountedSearch {
  readonly ui: SearchUi;
  search(reason: SearchReason): Promise<void>;
  setQuery(query: string, reason: SearchReason): Promise<void>;
}

/** Builds a search box inside root and runs searches as the reader types, submits, picks or asks for more. */
export function mountSearch(root: HTMLElement, options: MountOptions): MountedSearch {
  const ui = buildSearchUi(root, options);
  const searches = createLatestOnly();
  const limit = options.limit || 10;
  let shown = 0;
  let typingTimer = 0;

  async function search(reason: SearchReason): Promise<void> {
    clearTimeout(typingTimer);
    const query = ui.input.value.trim();
    const append = reason === 'more';
    options.onQueryChange?.(query, reason);
    if (query === '') {
      searches.cancel();
      shown = 0;
      showIdle(ui);
      return;
    }
    const params: SearchParams = { q: query, limit, offset: append ? shown : 0, ...options.extraParams?.() };
    showBusy(ui);
    let outcome: LatestOutcome<SearchAnswer>;
    try {
      outcome = await searches.run((signal) => options.api.search(params, signal));
    } catch (failure) {
      showError(ui, failure, () => void search(append ? 'more' : 'retry'));
      return;
    }
    if (!outcome.current) return;
    const body = outcome.value;
    const hits = Array.isArray(body.hits) ? body.hits : [];
    shown = (append ? shown : 0) + hits.length;
    const items = showResults(ui, query, body, shown, append, (suggestion) => void setQuery(suggestion, 'did-you-mean'));
    if (append && items[0]) (items[0].querySelector('a') || ui.more).focus();
    options.onResults?.(query, body);
  }

  function setQuery(query: string, reason: SearchReason): Promise<void> {
    ui.input.value = query;
    suggestions.close();
    return search(reason);
  }

  const suggestions = attachSuggestions(ui, options.api, (query) => void setQuery(query, 'pick'));
  ui.input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => void search('typing'), 200);
    suggestions.update();
  });
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    suggestions.close();
    void search('submit');
  });
  ui.more.addEventListener('click', () => void search('more'));
  return { ui, search, setQuery };
}
