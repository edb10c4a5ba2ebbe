// Client chunk (browser JS as text): the widget's own part: finds every <div data-search> on the host page,
// adds the component styles once, and mounts a search box that calls the API where widget.js came from.

export const WIDGET_MAIN_SCRIPT = String.raw`
const widgetScript = document.currentScript;

// The API lives where widget.js was loaded from, unless the element names another with data-api.
function apiBaseFor(host) {
  if (host.dataset.api) {
    const configured = new URL(host.dataset.api, location.href).href;
    return configured.endsWith('/') ? configured : configured + '/';
  }
  return new URL('.', widgetScript && widgetScript.src ? widgetScript.src : location.href).href;
}

function addWidgetStyles() {
  if (document.getElementById('bahth-widget-styles')) return;
  const style = document.createElement('style');
  style.id = 'bahth-widget-styles';
  style.textContent = BAHTH_COMPONENT_CSS;
  document.head.append(style);
}

function mountWidgets() {
  addWidgetStyles();
  document.querySelectorAll('[data-search]').forEach(function (host, index) {
    if (host.dataset.searchMounted === 'true') return;
    host.dataset.searchMounted = 'true';
    host.lang = 'ar';
    host.dir = 'rtl';
    host.classList.add('bahth-widget');
    const base = apiBaseFor(host);
    mountSearch(host, {
      api: createApiClient(base), base: base, idPrefix: 'bahth-' + index,
      limit: Math.min(Math.max(Number(host.dataset.limit) || 5, 1), 50), placeholder: host.dataset.placeholder,
    });
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountWidgets);
else mountWidgets();
`;
