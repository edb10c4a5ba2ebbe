// Styles of the search page around the component: layout for phone and desktop, header, intro, dark mode.

import { COMPONENT_CSS } from './component-style';

const PAGE_LAYOUT_CSS = `
html { color-scheme: light dark; -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #fafbfc; }
.page { max-width: 48rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
.site-header { margin-bottom: 1.25rem; }
.site-name { margin: 0; font-size: 2rem; font-weight: 800; line-height: 1.2; }
.site-name a { color: var(--bahth-accent); text-decoration: none; }
.site-tagline { margin: .35rem 0 0; color: var(--bahth-muted); }
.bahth-intro { margin-top: 1.5rem; color: var(--bahth-muted); }
.bahth-intro ul { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0 0; padding: 0; list-style: none; }
.bahth-intro a {
  display: inline-block; padding: .15rem .9rem; border: 1px solid var(--bahth-border); border-radius: 999px;
  color: var(--bahth-accent); background: var(--bahth-surface); text-decoration: none;
}
.bahth[data-state]:not([data-state="idle"]) .bahth-intro { display: none; }
.page-footer { margin-top: 2.5rem; font-size: .85rem; color: var(--bahth-muted); }
.page-footer a { color: inherit; }
.page-footer pre {
  margin: .4rem 0 0; padding: .6rem .8rem; overflow-x: auto; text-align: left; font-size: .8rem; line-height: 1.5;
  background: var(--bahth-raised); border: 1px solid var(--bahth-border); border-radius: .5rem;
}
@media (min-width: 48rem) {
  .page { padding-top: 3rem; }
  .site-name { font-size: 2.5rem; }
}
@media (prefers-color-scheme: dark) {
  body { background: #111417; }
  .bahth, .page {
    --bahth-accent: #5fd3a8; --bahth-text: #e4e8ec; --bahth-muted: #a1a9b2; --bahth-border: #343b43;
    --bahth-surface: #1a1f24; --bahth-raised: #262d34; --bahth-mark: #6b5500;
  }
  .bahth-submit, .bahth-chip[aria-pressed="true"] { color: #0c1a14; }
  .bahth-error { color: #ff8a80; }
}
`;

export const PAGE_CSS = COMPONENT_CSS + PAGE_LAYOUT_CSS;
