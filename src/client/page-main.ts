// Entry of /page.js, the search page's own part: the query and filters live in the URL
// (/?q=…&category=…&year=…) with history entries, and the category and year filters sit under the box.

import { createApiClient, type FacetValue, type SearchAnswer, type SearchParams } from './api-client';
import { whenDocumentReady } from './document-ready';
import { arabicNumber, arabicYear, element } from './render';
import { type MountedSearch, mountSearch, type SearchReason } from './search-controller';

const YEARS_OFFERED = 10;
const filters = { category: '', year: '' };

function readUrl(): string {
  const params = new URLSearchParams(location.search);
  filters.category = params.get('category') || '';
  const year = params.get('year') || '';
  filters.year = /^\d{4}$/.test(year) ? year : '';
  return params.get('q') || '';
}

function urlFor(query: string): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (query && filters.category) params.set('category', filters.category);
  if (query && filters.year) params.set('year', filters.year);
  const search = params.toString();
  return location.pathname + (search ? `?${search}` : '');
}

/** Reasons that show a query already in the address bar, so there is nothing to write. */
const URL_UNCHANGED_REASONS: readonly SearchReason[] = ['initial', 'history', 'more', 'retry'];

// Typing that extends or trims the query in the address bar replaces the history entry; anything else
// (a new query, a picked suggestion, a filter) pushes one, so Back returns to the previous query.
function writeUrl(query: string, reason: SearchReason): void {
  document.title = query ? `${query} — بحث` : 'بحث';
  if (URL_UNCHANGED_REASONS.includes(reason)) return;
  const url = urlFor(query);
  if (url === location.pathname + location.search) return;
  const previous = new URLSearchParams(location.search).get('q') || '';
  const continuing = reason === 'typing' && previous !== '' && (query.startsWith(previous) || previous.startsWith(query));
  if (continuing) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
}

function searchParamsForFilters(): SearchParams {
  const params: SearchParams = { facets: 'category' };
  if (filters.category) params.category = filters.category;
  if (filters.year) {
    params.from = `${filters.year}-01-01`;
    params.to = `${filters.year}-12-31`;
  }
  return params;
}

function renderCategoryChip(entry: FacetValue, onChange: () => void): HTMLButtonElement {
  const chip = element('button', 'bahth-chip', entry.label || entry.value);
  chip.type = 'button';
  chip.dataset.category = entry.value;
  chip.setAttribute('aria-pressed', String(entry.value === filters.category));
  if (typeof entry.count === 'number') chip.append(' ', element('span', 'bahth-chip-count', arabicNumber.format(entry.count)));
  chip.addEventListener('click', () => {
    filters.category = entry.value;
    onChange();
  });
  return chip;
}

function renderCategoryFilter(facet: unknown, onChange: () => void): HTMLDivElement {
  const group = element('div', 'bahth-filter-group');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'التصنيف');
  const values = (Array.isArray(facet) ? facet : []).filter(
    (entry: unknown): entry is FacetValue => typeof entry === 'object' && entry !== null && 'value' in entry && typeof entry.value === 'string',
  );
  if (filters.category && !values.some((entry) => entry.value === filters.category)) values.unshift({ value: filters.category });
  const choices: FacetValue[] = [{ value: '', label: 'كل التصنيفات' }, ...values];
  group.append(...choices.map((entry) => renderCategoryChip(entry, onChange)));
  return group;
}

function renderYearFilter(onChange: () => void): HTMLLabelElement {
  const label = element('label', 'bahth-filter-group', 'السنة ');
  const select = element('select', 'bahth-select');
  select.name = 'year';
  const thisYear = new Date().getUTCFullYear();
  select.append(new Option('كل السنوات', ''));
  for (let year = thisYear; year > thisYear - YEARS_OFFERED; year -= 1) select.append(new Option(arabicYear.format(year), String(year)));
  if (filters.year && !select.querySelector(`option[value="${filters.year}"]`)) {
    select.append(new Option(arabicYear.format(Number(filters.year)), filters.year));
  }
  select.value = filters.year;
  select.addEventListener('change', () => {
    filters.year = select.value;
    onChange();
  });
  label.append(select);
  return label;
}

// The category chips of the last answer without a category filter, for the same query and year: with a
// category picked, the API counts only that category, but the reader still needs the others to switch.
const unfilteredCategories: { key: string; values: unknown } = { key: '', values: [] };

function categoryChoices(query: string, facet: unknown): unknown {
  const key = `${query}\n${filters.year}`;
  if (!filters.category) {
    unfilteredCategories.key = key;
    unfilteredCategories.values = Array.isArray(facet) ? facet : [];
  }
  return unfilteredCategories.key === key ? unfilteredCategories.values : facet;
}

// Filters appear once the API answers with facets (older APIs without facets get the plain result list),
// and not for a query that finds nothing unless a filter is on (then they are the way back).
function renderFilters(container: HTMLElement, query: string, body: SearchAnswer, onChange: () => void): void {
  const filtered = Boolean(filters.category || filters.year);
  if (!body?.facets || typeof body.facets !== 'object' || (body.total === 0 && !filtered)) {
    container.hidden = true;
    return;
  }
  container.replaceChildren(renderCategoryFilter(categoryChoices(query, body.facets.category), onChange), renderYearFilter(onChange));
  container.hidden = false;
}

function startSearchPage(): void {
  const root = document.getElementById('search');
  if (!root) return;
  const base = `${location.origin}/`;
  const onFilterChange = (): void => void controller.search('filter');
  const controller: MountedSearch = mountSearch(root, {
    api: createApiClient(base),
    base,
    idPrefix: 'page',
    limit: 10,
    extraParams: searchParamsForFilters,
    onQueryChange: writeUrl,
    onResults: (query, body) => renderFilters(controller.ui.filters, query, body, onFilterChange),
  });
  window.addEventListener('popstate', () => void controller.setQuery(readUrl(), 'history'));
  const initial = readUrl();
  if (initial) void controller.setQuery(initial, 'initial');
  else controller.ui.input.focus();
}

whenDocumentReady(startSearchPage);
