// Builds the search box, status line and result list inside a root element, and shows each state of a search
// (idle, loading, results, empty, error) in them.

import { MAX_QUERY_LENGTH } from '../api/query-length-limit';
import { ApiRequestError, type SearchAnswer } from './api-client';
import { describeCount, element, renderHit } from './render';

export interface SearchUiOptions {
  readonly idPrefix: string;
  readonly base: string;
  readonly placeholder?: string | undefined;
}

/** The elements of one mounted search box. */
export interface SearchUi {
  readonly root: HTMLElement;
  readonly form: HTMLFormElement;
  readonly input: HTMLInputElement;
  readonly suggestions: HTMLUListElement;
  readonly idPrefix: string;
  readonly base: string;
  readonly filters: HTMLDivElement;
  readonly status: HTMLParagraphElement;
  readonly didYouMean: HTMLParagraphElement;
  readonly results: HTMLOListElement;
  readonly more: HTMLButtonElement;
}

function buildInput(id: string, placeholder: string | undefined): HTMLInputElement {
  const input = element('input', 'bahth-input');
  Object.assign(input, { type: 'search', id: `${id}-input`, name: 'q', autocomplete: 'off', spellcheck: false, enterKeyHint: 'search' });
  input.placeholder = placeholder || 'ابحث في الأخبار…';
  input.maxLength = MAX_QUERY_LENGTH;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', `${id}-suggestions`);
  return input;
}

function buildForm(id: string, input: HTMLInputElement, suggestions: HTMLUListElement): HTMLFormElement {
  const form = element('form', 'bahth-form');
  form.setAttribute('role', 'search');
  const label = element('label', 'bahth-visually-hidden', 'ابحث في المقالات');
  label.htmlFor = `${id}-input`;
  const box = element('div', 'bahth-box');
  const submit = element('button', 'bahth-submit', 'بحث');
  submit.type = 'submit';
  Object.assign(suggestions, { id: `${id}-suggestions`, hidden: true });
  suggestions.setAttribute('role', 'listbox');
  suggestions.setAttribute('aria-label', 'اقتراحات');
  box.append(input, submit);
  form.append(label, box, suggestions);
  return form;
}

/** Builds the box, suggestion list, filters, status line, results and "more" button inside root. */
export function buildSearchUi(root: HTMLElement, options: SearchUiOptions): SearchUi {
  const id = options.idPrefix;
  root.classList.add('bahth');
  root.dataset.state = 'idle';
  const input = buildInput(id, options.placeholder);
  const suggestions = element('ul', 'bahth-suggestions');
  const form = buildForm(id, input, suggestions);
  const ui: SearchUi = {
    root,
    form,
    input,
    suggestions,
    idPrefix: id,
    base: options.base,
    filters: element('div', 'bahth-filters'),
    status: element('p', 'bahth-status'),
    didYouMean: element('p', 'bahth-did-you-mean'),
    results: element('ol', 'bahth-results'),
    more: element('button', 'bahth-more', 'المزيد من النتائج'),
  };
  ui.filters.hidden = true;
  ui.status.setAttribute('role', 'status');
  ui.didYouMean.hidden = true;
  ui.more.type = 'button';
  ui.more.hidden = true;
  root.prepend(form);
  root.append(ui.filters, ui.status, ui.didYouMean, ui.results, ui.more);
  return ui;
}

export function showIdle(ui: SearchUi): void {
  ui.root.dataset.state = 'idle';
  ui.root.dataset.busy = 'false';
  ui.status.replaceChildren();
  ui.results.replaceChildren();
  ui.didYouMean.hidden = true;
  ui.more.hidden = true;
}

export function showBusy(ui: SearchUi): void {
  ui.root.dataset.busy = 'true';
  ui.results.setAttribute('aria-busy', 'true');
}

/** Writes "N results for «query»" or the empty state, the "did you mean" line, and the hits; returns the new items. */
export function showResults(
  ui: SearchUi,
  query: string,
  body: SearchAnswer,
  hitsShown: number,
  append: boolean,
  onDidYouMean: (suggestion: string) => void,
): HTMLLIElement[] {
  ui.root.dataset.busy = 'false';
  ui.results.removeAttribute('aria-busy');
  ui.root.dataset.state = body.total > 0 ? 'results' : 'empty';
  if (body.total > 0) {
    // A phrase query may confirm only part of its candidates: the count is then "at least".
    const atLeast = body.total_exact === false ? ' على الأقل' : '';
    ui.status.replaceChildren(`${describeCount(body.total)}${atLeast} لـ «${query}»`);
  } else {
    ui.status.replaceChildren(
      element('strong', '', `لا نتائج لـ «${query}».`),
      ' ',
      element('span', 'bahth-hint', 'تحقّق من الإملاء، أو جرّب كلمات أقل أو أعمّ.'),
    );
  }
  showDidYouMean(ui, query, body.suggestion, onDidYouMean);
  const items = (Array.isArray(body.hits) ? body.hits : []).map((hit) => renderHit(hit, ui.base));
  if (append) ui.results.append(...items);
  else ui.results.replaceChildren(...items);
  ui.more.hidden = !(hitsShown < body.total);
  return items;
}

function showDidYouMean(ui: SearchUi, query: string, suggestion: unknown, onDidYouMean: (suggestion: string) => void): void {
  if (typeof suggestion !== 'string' || suggestion.trim() === '' || suggestion === query) {
    ui.didYouMean.hidden = true;
    return;
  }
  const button = element('button', 'bahth-link', suggestion);
  button.type = 'button';
  button.addEventListener('click', () => onDidYouMean(suggestion));
  ui.didYouMean.replaceChildren('هل تقصد: ', button, '؟');
  ui.didYouMean.hidden = false;
}

/** The error state: what failed (the network, or the API with its status and message) and a retry button. */
export function showError(ui: SearchUi, failure: unknown, retry: () => void): void {
  ui.root.dataset.state = 'error';
  ui.root.dataset.busy = 'false';
  ui.results.removeAttribute('aria-busy');
  ui.results.replaceChildren();
  ui.more.hidden = true;
  ui.didYouMean.hidden = true;
  const status = failure instanceof ApiRequestError ? failure.status : 0;
  const offline = !status;
  const message = offline ? 'تعذّر الاتصال بخدمة البحث. تحقّق من الاتصال بالشبكة.' : `تعذّر إجراء البحث (${status}).`;
  const detail = element('span', 'bahth-error-detail', offline || !(failure instanceof Error) ? '' : failure.message);
  detail.dir = 'auto';
  const button = element('button', 'bahth-link', 'أعد المحاولة');
  button.type = 'button';
  button.addEventListener('click', retry);
  ui.status.replaceChildren(element('strong', 'bahth-error', message), ' ', detail, ' ', button);
}
