// Client chunk (browser JS as text): the search page's own part: the query and filters live in the URL
// (/?q=…&category=…&year=…) with history entries, and the category and year filters under the box.

export const PAGE_MAIN_SCRIPT = String.raw`
const YEARS_OFFERED = 10;
const filters = { category: '', year: '' };

function readUrl() {
  const params = new URLSearchParams(location.search);
  filters.category = params.get('category') || '';
  filters.year = /^\d{4}$/.test(params.get('year') || '') ? params.get('year') : '';
  return params.get('q') || '';
}

function urlFor(query) {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (query && filters.category) params.set('category', filters.category);
  if (query && filters.year) params.set('year', filters.year);
  const search = params.toString();
  return location.pathname + (search ? '?' + search : '');
}

// Typing that extends or trims the query in the address bar replaces the history entry; anything else
// (a new query, a picked suggestion, a filter) pushes one, so Back returns to the previous query.
function writeUrl(query, reason) {
  document.title = query ? query + ' — بحث' : 'بحث';
  if (reason === 'initial' || reason === 'history' || reason === 'more' || reason === 'retry') return;
  const url = urlFor(query);
  if (url === location.pathname + location.search) return;
  const previous = new URLSearchParams(location.search).get('q') || '';
  const continuing = reason === 'typing' && previous !== '' && (query.startsWith(previous) || previous.startsWith(query));
  if (continuing) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
}

function searchParamsForFilters() {
  const params = { facets: 'category' };
  if (filters.category) params.category = filters.category;
  if (filters.year) {
    params.from = filters.year + '-01-01';
    params.to = filters.year + '-12-31';
  }
  return params;
}

function renderCategoryFilter(facet, onChange) {
  const group = element('div', 'bahth-filter-group');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'التصنيف');
  const values = (Array.isArray(facet) ? facet : []).filter(function (entry) { return entry && typeof entry.value === 'string'; });
  if (filters.category && !values.some(function (entry) { return entry.value === filters.category; })) values.unshift({ value: filters.category });
  const chips = [{ value: '', label: 'كل التصنيفات' }].concat(values).map(function (entry) {
    const chip = element('button', 'bahth-chip', entry.label || entry.value);
    chip.type = 'button';
    chip.dataset.category = entry.value;
    chip.setAttribute('aria-pressed', String(entry.value === filters.category));
    if (typeof entry.count === 'number') chip.append(' ', element('span', 'bahth-chip-count', arabicNumber.format(entry.count)));
    chip.addEventListener('click', function () { filters.category = entry.value; onChange(); });
    return chip;
  });
  group.append.apply(group, chips);
  return group;
}

function renderYearFilter(onChange) {
  const label = element('label', 'bahth-filter-group', 'السنة ');
  const select = element('select', 'bahth-select');
  select.name = 'year';
  const thisYear = new Date().getUTCFullYear();
  select.append(new Option('كل السنوات', ''));
  for (let year = thisYear; year > thisYear - YEARS_OFFERED; year -= 1) select.append(new Option(arabicYear.format(year), String(year)));
  if (filters.year && !select.querySelector('option[value="' + filters.year + '"]')) select.append(new Option(arabicYear.format(Number(filters.year)), filters.year));
  select.value = filters.year;
  select.addEventListener('change', function () { filters.year = select.value; onChange(); });
  label.append(select);
  return label;
}

// The category chips of the last answer without a category filter, for the same query and year: with a
// category picked, the API counts only that category, but the reader still needs the others to switch.
const unfilteredCategories = { key: '', values: [] };

function categoryChoices(query, facet) {
  const key = query + '\n' + filters.year;
  if (!filters.category) {
    unfilteredCategories.key = key;
    unfilteredCategories.values = Array.isArray(facet) ? facet : [];
  }
  return unfilteredCategories.key === key ? unfilteredCategories.values : facet;
}

// Filters appear once the API answers with facets (older APIs without facets get the plain result list),
// and not for a query that finds nothing unless a filter is on (then they are the way back).
function renderFilters(container, query, body, onChange) {
  const filtered = Boolean(filters.category || filters.year);
  if (!body || !body.facets || typeof body.facets !== 'object' || (body.total === 0 && !filtered)) {
    container.hidden = true;
    return;
  }
  container.replaceChildren(renderCategoryFilter(categoryChoices(query, body.facets.category), onChange), renderYearFilter(onChange));
  container.hidden = false;
}

function startSearchPage() {
  const root = document.getElementById('search');
  const base = location.origin + '/';
  let controller = null;
  const onFilterChange = function () { controller.search('filter'); };
  controller = mountSearch(root, {
    api: createApiClient(base), base: base, idPrefix: 'page', limit: 10, linkFor: urlFor,
    extraParams: searchParamsForFilters,
    onQueryChange: writeUrl,
    onResults: function (query, body) { renderFilters(controller.ui.filters, query, body, onFilterChange); },
  });
  window.addEventListener('popstate', function () { controller.setQuery(readUrl(), 'history'); });
  const initial = readUrl();
  if (initial) controller.setQuery(initial, 'initial');
  else controller.ui.input.focus();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startSearchPage);
else startSearchPage();
`;
