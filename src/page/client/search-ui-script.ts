// Client chunk (browser JS as text): builds the search box, status line and result list inside a root element,
// and shows each state of a search (idle, loading, results, empty, error) in them.

import { MAX_QUERY_LENGTH } from '../../api/schemas';

export const SEARCH_UI_SCRIPT = String.raw`
function buildSearchUi(root, options) {
  const id = options.idPrefix;
  root.classList.add('bahth');
  root.dataset.state = 'idle';
  const form = element('form', 'bahth-form');
  form.setAttribute('role', 'search');
  const label = element('label', 'bahth-visually-hidden', 'ابحث في المقالات');
  label.htmlFor = id + '-input';
  const box = element('div', 'bahth-box');
  const input = element('input', 'bahth-input');
  Object.assign(input, { type: 'search', id: id + '-input', name: 'q', autocomplete: 'off', spellcheck: false, enterKeyHint: 'search' });
  input.placeholder = options.placeholder || 'ابحث في الأخبار…';
  input.maxLength = ${MAX_QUERY_LENGTH};
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', id + '-suggestions');
  const submit = element('button', 'bahth-submit', 'بحث');
  submit.type = 'submit';
  const suggestions = element('ul', 'bahth-suggestions');
  Object.assign(suggestions, { id: id + '-suggestions', hidden: true });
  suggestions.setAttribute('role', 'listbox');
  suggestions.setAttribute('aria-label', 'اقتراحات');
  box.append(input, submit);
  form.append(label, box, suggestions);
  const ui = {
    root: root, form: form, input: input, suggestions: suggestions, idPrefix: id, base: options.base, linkFor: options.linkFor,
    filters: element('div', 'bahth-filters'), status: element('p', 'bahth-status'),
    didYouMean: element('p', 'bahth-did-you-mean'), results: element('ol', 'bahth-results'),
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

function showIdle(ui) {
  ui.root.dataset.state = 'idle';
  ui.root.dataset.busy = 'false';
  ui.status.replaceChildren();
  ui.results.replaceChildren();
  ui.didYouMean.hidden = true;
  ui.more.hidden = true;
}

function showBusy(ui) {
  ui.root.dataset.busy = 'true';
  ui.results.setAttribute('aria-busy', 'true');
}

// Writes "N results for «query»" or the empty state, the "did you mean" line, and the hits.
function showResults(ui, query, body, hitsShown, append, onDidYouMean) {
  ui.root.dataset.busy = 'false';
  ui.results.removeAttribute('aria-busy');
  ui.root.dataset.state = body.total > 0 ? 'results' : 'empty';
  if (body.total > 0) {
    // A phrase query may confirm only part of its candidates: the count is then "at least".
    const atLeast = body.total_exact === false ? ' على الأقل' : '';
    ui.status.replaceChildren(describeCount(body.total) + atLeast + ' لـ «' + query + '»');
  } else {
    ui.status.replaceChildren(element('strong', '', 'لا نتائج لـ «' + query + '».'), ' ',
      element('span', 'bahth-hint', 'تحقّق من الإملاء، أو جرّب كلمات أقل أو أعمّ.'));
  }
  showDidYouMean(ui, query, body.suggestion, onDidYouMean);
  const items = (Array.isArray(body.hits) ? body.hits : []).map(function (hit) { return renderHit(hit, ui.base); });
  if (append) ui.results.append.apply(ui.results, items);
  else ui.results.replaceChildren.apply(ui.results, items);
  ui.more.hidden = !(hitsShown < body.total);
  return items;
}

function showDidYouMean(ui, query, suggestion, onDidYouMean) {
  if (typeof suggestion !== 'string' || suggestion.trim() === '' || suggestion === query) {
    ui.didYouMean.hidden = true;
    return;
  }
  // On the page the suggestion is a real link (to open in a new tab or copy); a widget, on someone else's page, gets a button.
  const link = element(ui.linkFor ? 'a' : 'button', 'bahth-link', suggestion);
  if (ui.linkFor) link.href = ui.linkFor(suggestion);
  else link.type = 'button';
  link.addEventListener('click', function (event) {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onDidYouMean(suggestion);
  });
  ui.didYouMean.replaceChildren('هل تقصد: ', link, '؟');
  ui.didYouMean.hidden = false;
}

function showError(ui, failure, retry) {
  ui.root.dataset.state = 'error';
  ui.root.dataset.busy = 'false';
  ui.results.removeAttribute('aria-busy');
  ui.results.replaceChildren();
  ui.more.hidden = true;
  ui.didYouMean.hidden = true;
  const offline = !failure.status;
  const message = offline ? 'تعذّر الاتصال بخدمة البحث. تحقّق من الاتصال بالشبكة.' : 'تعذّر إجراء البحث (' + failure.status + ').';
  const detail = element('span', 'bahth-error-detail', offline ? '' : failure.message);
  detail.dir = 'auto';
  const button = element('button', 'bahth-link', 'أعد المحاولة');
  button.type = 'button';
  button.addEventListener('click', retry);
  ui.status.replaceChildren(element('strong', 'bahth-error', message), ' ', detail, ' ', button);
}
`;
