// The browser files the worker serves: /page.js, /widget.js (with their source maps), /page.css and /widget.css.
// They are built from src/client/ by scripts/build-client.ts; `npm run build:client` writes the module imported
// here, and `wrangler dev`, `wrangler deploy`, `npm run typecheck` and the tests run it first.

export {
  PAGE_SCRIPT,
  PAGE_SCRIPT_MAP,
  PAGE_STYLE,
  WIDGET_SCRIPT,
  WIDGET_SCRIPT_MAP,
  WIDGET_STYLE,
} from '../generated/client-assets';
