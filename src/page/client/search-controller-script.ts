// Client chunk (browser JS as text): mountSearch, the search-as-you-type loop shared by the page and the widget:
// debounced searches, newest-answer-wins, "more results", and hooks for the page's URL and filters.

export const SEARCH_CONTROLLER_SCRIPT = String.raw`
// options: { api, base, idPrefix, limit, placeholder, extraParams(), onQueryChange(query, reason), onResults(query, body) }
// reason says why a search runs: typing, submit, pick, did-you-mean, filter, more, retry, initial, history.
function mountSearch(root, options) {
  const ui = buildSearchUi(root, options);
  const searches = createLatestOnly();
  const limit = options.limit || 10;
  let shown = 0;
  let typingTimer = 0;

  async function search(reason) {
    clearTimeout(typingTimer);
    const query = ui.input.value.trim();
    const append = reason === 'more';
    if (options.onQueryChange) options.onQueryChange(query, reason);
    if (query === '') {
      searches.cancel();
      shown = 0;
      showIdle(ui);
      return;
    }
    const params = Object.assign({ q: query, limit: limit, offset: append ? shown : 0 }, options.extraParams ? options.extraParams() : {});
    showBusy(ui);
    let outcome;
    try {
      outcome = await searches.run(function (signal) { return options.api.search(params, signal); });
    } catch (failure) {
      showError(ui, failure, function () { search(append ? 'more' : 'retry'); });
      return;
    }
    if (!outcome.current) return;
    const body = outcome.value;
    const hits = Array.isArray(body.hits) ? body.hits : [];
    shown = (append ? shown : 0) + hits.length;
    const items = showResults(ui, query, body, shown, append, function (suggestion) { setQuery(suggestion, 'did-you-mean'); });
    if (append && items[0]) (items[0].querySelector('a') || ui.more).focus();
    if (options.onResults) options.onResults(query, body);
  }

  function setQuery(query, reason) {
    ui.input.value = query;
    suggestions.close();
    return search(reason);
  }

  const suggestions = attachSuggestions(ui, options.api, function (query) { setQuery(query, 'pick'); });
  ui.input.addEventListener('input', function () {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () { search('typing'); }, 200);
    suggestions.update();
  });
  ui.form.addEventListener('submit', function (event) {
    event.preventDefault();
    suggestions.close();
    search('submit');
  });
  ui.more.addEventListener('click', function () { search('more'); });
  return { ui: ui, search: search, setQuery: setQuery };
}
`;
