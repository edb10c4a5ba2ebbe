// Styles of the search component (box, suggestions, filters, hits), shared by the page and the widget.
// Every selector sits under .bahth so the widget does not restyle its host page.

/**
 * Marks use a background colour only: padding, borders or a weight change on a <mark> inside a word
 * would split the run of text and break the joining of Arabic letters across the mark's edge.
 */
export const COMPONENT_CSS = `
.bahth {
  --bahth-accent: #0a6b4d; --bahth-text: #1c2127; --bahth-muted: #58616b; --bahth-border: #d3d9df;
  --bahth-surface: #ffffff; --bahth-raised: #f1f4f6; --bahth-mark: #ffe27a;
  font-family: "SF Arabic", "Geeza Pro", "Segoe UI", "Noto Sans Arabic", "Noto Naskh Arabic", Tahoma, "DejaVu Sans", system-ui, sans-serif;
  color: var(--bahth-text); line-height: 1.75; text-align: start;
}
.bahth *, .bahth *::before, .bahth *::after { box-sizing: border-box; }
.bahth [hidden] { display: none !important; }
.bahth-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.bahth-form { position: relative; margin: 0; }
.bahth-box { display: flex; gap: .5rem; }
.bahth-input {
  flex: 1; min-width: 0; font: inherit; font-size: 1.125rem; color: inherit; background: var(--bahth-surface);
  padding: .55rem .9rem; border: 1px solid var(--bahth-border); border-radius: .65rem;
}
.bahth-input:focus { outline: 2px solid var(--bahth-accent); outline-offset: 0; border-color: var(--bahth-accent); }
.bahth-submit {
  font: inherit; padding: .55rem 1.2rem; border: 0; border-radius: .65rem; cursor: pointer;
  background: var(--bahth-accent); color: #fff;
}
.bahth-submit:focus-visible, .bahth-chip:focus-visible, .bahth-more:focus-visible, .bahth-link:focus-visible { outline: 2px solid var(--bahth-accent); outline-offset: 2px; }
.bahth-suggestions {
  position: absolute; inset-inline: 0; top: 100%; z-index: 20; margin: .3rem 0 0; padding: .3rem 0; list-style: none;
  background: var(--bahth-surface); border: 1px solid var(--bahth-border); border-radius: .65rem; box-shadow: 0 10px 28px rgb(0 0 0 / .14);
}
.bahth-suggestion { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; padding: .35rem .9rem; cursor: pointer; }
.bahth-suggestion[aria-selected="true"], .bahth-suggestion:hover { background: var(--bahth-raised); }
.bahth-suggestion-count, .bahth-chip-count { color: var(--bahth-muted); font-size: .85em; }
.bahth-filters { display: flex; flex-wrap: wrap; align-items: center; gap: .6rem 1.25rem; margin-top: .9rem; }
.bahth-filter-group { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem; color: var(--bahth-muted); font-size: .9rem; }
.bahth-chip, .bahth-select {
  font: inherit; font-size: .9rem; color: var(--bahth-text); background: var(--bahth-surface);
  border: 1px solid var(--bahth-border); border-radius: 999px; padding: .1rem .8rem; cursor: pointer;
}
.bahth-chip[aria-pressed="true"] { background: var(--bahth-accent); border-color: var(--bahth-accent); color: #fff; }
.bahth-chip[aria-pressed="true"] .bahth-chip-count { color: inherit; }
.bahth-status { margin: 1rem 0 .25rem; min-height: 1.75em; color: var(--bahth-muted); font-size: .95rem; }
.bahth-error { color: #b3261e; }
.bahth-did-you-mean { margin: .25rem 0; }
.bahth-link { font: inherit; color: var(--bahth-accent); background: none; border: 0; padding: 0; text-decoration: underline; cursor: pointer; }
.bahth[data-busy="true"] .bahth-results { opacity: .55; transition: opacity .15s .15s; }
.bahth-results { list-style: none; margin: 0; padding: 0; }
.bahth-hit { padding: .9rem 0; border-bottom: 1px solid var(--bahth-border); }
.bahth-hit:last-child { border-bottom: 0; }
.bahth-hit-title { margin: 0 0 .2rem; font-size: 1.2rem; line-height: 1.55; font-weight: 700; }
.bahth-hit-title a { color: var(--bahth-accent); text-decoration: none; }
.bahth-hit-title a:hover, .bahth-hit-title a:focus-visible { text-decoration: underline; }
.bahth-hit-meta { display: flex; flex-wrap: wrap; align-items: center; gap: .2rem .8rem; margin: 0 0 .3rem; color: var(--bahth-muted); font-size: .875rem; }
.bahth-hit-category { background: var(--bahth-raised); border-radius: 999px; padding: 0 .6rem; }
.bahth-hit-snippet { margin: 0; overflow-wrap: anywhere; }
.bahth mark { background: var(--bahth-mark); color: inherit; font: inherit; padding: 0; margin: 0; border: 0; border-radius: 0; }
.bahth-more {
  display: block; margin: 1.25rem auto 0; font: inherit; padding: .45rem 1.6rem; cursor: pointer;
  color: var(--bahth-accent); background: var(--bahth-surface); border: 1px solid var(--bahth-border); border-radius: 999px;
}
`;
