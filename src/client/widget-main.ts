// Entry of /widget.js, the widget's own part: finds every <div data-search> on the host page, links the
// component styles (widget.css, beside widget.js) once, and mounts a search box that calls the API.

import { createApiClient } from './api-client';
import { whenDocumentReady } from './document-ready';
import { mountSearch } from './search-controller';

/** Read while the script runs: document.currentScript is null once the start function runs later. */
const widgetScript = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;

function scriptUrl(): string {
  return widgetScript?.src ? widgetScript.src : location.href;
}

/** The API lives where widget.js was loaded from, unless the element names another with data-api. */
function apiBaseFor(host: HTMLElement): string {
  const configuredApi = host.dataset.api;
  if (configuredApi) {
    const configured = new URL(configuredApi, location.href).href;
    return configured.endsWith('/') ? configured : `${configured}/`;
  }
  return new URL('.', scriptUrl()).href;
}

/** A stylesheet link, not a <style> element: a host page whose CSP forbids inline styles only has to allow our origin. */
function addWidgetStyles(): void {
  if (document.getElementById('bahth-widget-styles')) return;
  const link = document.createElement('link');
  link.id = 'bahth-widget-styles';
  link.rel = 'stylesheet';
  link.href = new URL('widget.css', scriptUrl()).href;
  document.head.append(link);
}

function mountWidgets(): void {
  addWidgetStyles();
  document.querySelectorAll<HTMLElement>('[data-search]').forEach((host, index) => {
    if (host.dataset.searchMounted === 'true') return;
    host.dataset.searchMounted = 'true';
    host.lang = 'ar';
    host.dir = 'rtl';
    host.classList.add('bahth-widget');
    const base = apiBaseFor(host);
    mountSearch(host, {
      api: createApiClient(base),
      base,
      idPrefix: `bahth-${index}`,
      limit: Math.min(Math.max(Number(host.dataset.limit) || 5, 1), 50),
      placeholder: host.dataset.placeholder,
    });
  });
}

whenDocumentReady(mountWidgets);
