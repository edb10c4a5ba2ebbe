// Client chunk (browser JS as text): the suggestion list under the box, a WAI-ARIA combobox: arrows move,
// Enter picks, Escape closes, a click picks; answers from /suggest that arrive late are dropped.

export const SUGGESTIONS_SCRIPT = String.raw`
function attachSuggestions(ui, api, choose) {
  const latest = createLatestOnly();
  let items = [];
  let active = -1;
  let timer = 0;

  function render() {
    const options = items.map(function (suggestion, index) {
      const option = element('li', 'bahth-suggestion');
      option.id = ui.idPrefix + '-suggestion-' + index;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', String(index === active));
      option.append(element('span', 'bahth-suggestion-text', suggestion.text));
      if (typeof suggestion.count === 'number') option.append(element('span', 'bahth-suggestion-count', arabicNumber.format(suggestion.count)));
      option.addEventListener('mousedown', function (event) { event.preventDefault(); pick(index); });
      return option;
    });
    ui.suggestions.replaceChildren.apply(ui.suggestions, options);
    ui.suggestions.hidden = options.length === 0;
    ui.input.setAttribute('aria-expanded', String(options.length > 0));
    if (active >= 0) ui.input.setAttribute('aria-activedescendant', ui.idPrefix + '-suggestion-' + active);
    else ui.input.removeAttribute('aria-activedescendant');
  }

  function close() {
    clearTimeout(timer);
    latest.cancel();
    items = [];
    active = -1;
    render();
  }

  function pick(index) {
    const suggestion = items[index];
    close();
    if (suggestion) choose(typeof suggestion.query === 'string' && suggestion.query ? suggestion.query : suggestion.text);
  }

  async function load(query) {
    const outcome = await latest.run(function (signal) { return api.suggest(query, signal); }).catch(function () { return { current: false }; });
    if (!outcome.current || document.activeElement !== ui.input) return;
    items = outcome.value.filter(function (item) { return item && typeof item.text === 'string' && item.text; }).slice(0, 8);
    active = -1;
    render();
  }

  function update() {
    clearTimeout(timer);
    const query = ui.input.value.trim();
    if (query === '') close();
    else timer = setTimeout(function () { load(query); }, 120);
  }

  function onKeyDown(event) {
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
  return { update: update, close: close };
}
`;
