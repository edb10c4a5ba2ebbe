// Client chunk (browser JS as text): the widget's own part: finds every <div data-search> on the host page,
// links the component styles (widget.css, beside widget.js) once, and mounts a search box that calls the API.

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

// A stylesheet link, not a <style> element: a host page whose CSP forbids inline styles only has to allow our origin.
function addWidgetStyles() {
  if (document.getElementById('bahth-widget-styles')) return;
  const link = document.createElement('link');
  link.id = 'bahth-widget-styles';
  link.rel = 'stylesheet';
  link.href = new URL('widget.css', widgetScript && widgetScript.src ? widgetScript.src : location.href).href;
  document.head.append(link);
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
