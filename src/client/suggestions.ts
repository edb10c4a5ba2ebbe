// The suggestion list under the box, a WAI-ARIA combobox: arrows move, Enter picks, Escape closes, a click
// picks; answers from /suggest that arrive late are dropped.

import { type ApiClient, createLatestOnly, type Suggestion } from './api-client';
import { arabicNumber, element } from './render';
import type { SearchUi } from './search-ui';

export interface SuggestionList {
  /** Asks for suggestions for the box's text after a short pause in typing. */
  update(): void;
  close(): void;
}

function isShowable(item: unknown): item is Suggestion {
  return typeof item === 'object' && item !== null && 'text' in item && typeof item.text === 'string' && item.text !== '';
}

/** Wires the suggestion list of ui to the API; choose receives the query of the picked suggestion. */
export function attachSuggestions(ui: SearchUi, api: ApiClient, choose: (query: string) => void): SuggestionList {
  const latest = createLatestOnly();
  let items: Suggestion[] = [];
  let active = -1;
  let timer = 0;

  function renderOption(suggestion: Suggestion, index: number): HTMLLIElement {
    const option = element('li', 'bahth-suggestion');
    option.id = `${ui.idPrefix}-suggestion-${index}`;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', String(index === active));
    option.append(element('span', 'bahth-suggestion-text', suggestion.text));
    if (typeof suggestion.count === 'number') option.append(element('span', 'bahth-suggestion-count', arabicNumber.format(suggestion.count)));
    option.addEventListener('mousedown', (event) => {
      event.preventDefault();
      pick(index);
    });
    return option;
  }

  function render(): void {
    const options = items.map(renderOption);
    ui.suggestions.replaceChildren(...options);
    ui.suggestions.hidden = options.length === 0;
    ui.input.setAttribute('aria-expanded', String(options.length > 0));
    if (active >= 0) ui.input.setAttribute('aria-activedescendant', `${ui.idPrefix}-suggestion-${active}`);
    else ui.input.removeAttribute('aria-activedescendant');
  }

  function close(): void {
    clearTimeout(timer);
    latest.cancel();
    items = [];
    active = -1;
    render();
  }

  function pick(index: number): void {
    const suggestion = items[index];
    close();
    if (suggestion) choose(typeof suggestion.query === 'string' && suggestion.query ? suggestion.query : suggestion.text);
  }

  async function load(query: string): Promise<void> {
    const outcome = await latest.run((signal) => api.suggest(query, signal)).catch(() => ({ current: false }) as const);
    if (!outcome.current || document.activeElement !== ui.input) return;
    items = outcome.value.filter(isShowable).slice(0, 8);
    active = -1;
    render();
  }

  function update(): void {
    clearTimeout(timer);
    const query = ui.input.value.trim();
    if (query === '') close();
    else timer = window.setTimeout(() => void load(query), 120);
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (ui.suggestions.hidden) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (event.key === 'ArrowDown') active = active + 1 >= items.length ? -1 : active + 1;
      else active = active - 1 < -1 ? items.length - 1 : active - 1;
      render();
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  }

  ui.input.addEventListener('keydown', onKeyDown);
  ui.input.addEventListener('blur', close);
  return { update, close };
}
