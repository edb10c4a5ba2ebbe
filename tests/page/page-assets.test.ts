// The browser files built from src/client/: the scripts must parse, leave the host page's globals alone and
// link their source maps, and widget.css must carry the component styles the page uses.

import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { PAGE_SCRIPT, PAGE_SCRIPT_MAP, PAGE_STYLE, WIDGET_SCRIPT, WIDGET_SCRIPT_MAP, WIDGET_STYLE } from '../../src/page/page-assets';

/**
 * The globals a script defines when it runs twice in a page that is still loading (so it only waits). Running
 * it twice also catches a top-level let or const, which is no property of the global object but would clash
 * with the host page's own scripts: the second run throws.
 */
function globalsDefinedBy(script: string): string[] {
  const page = {
    document: { readyState: 'loading', currentScript: null, addEventListener: () => undefined },
    HTMLScriptElement: class {},
  };
  const before = new Set(Object.keys(page));
  const context = createContext(page);
  runInContext(script, context);
  runInContext(script, context);
  return Object.keys(page).filter((name) => !before.has(name));
}

describe('the bundled browser scripts', () => {
  it.each([
    ['page.js', PAGE_SCRIPT],
    ['widget.js', WIDGET_SCRIPT],
  ])('%s runs without defining a single global name', (_name, script) => {
    expect(globalsDefinedBy(script)).toEqual([]);
  });

  it.each([
    ['page.js', PAGE_SCRIPT, PAGE_SCRIPT_MAP],
    ['widget.js', WIDGET_SCRIPT, WIDGET_SCRIPT_MAP],
  ])('%s links a source map that leads back to the TypeScript in src/client', (name, script, map) => {
    expect(script.trimEnd().endsWith(`//# sourceMappingURL=${name}.map`)).toBe(true);
    const parsed = JSON.parse(map) as { sources: string[]; sourcesContent: string[] };
    expect(parsed.sources).toContain('src/client/search-controller.ts');
    expect(parsed.sourcesContent).toHaveLength(parsed.sources.length);
  });

  it('never sets innerHTML or outerHTML in either script', () => {
    expect(`${PAGE_SCRIPT}\n${WIDGET_SCRIPT}`).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});

describe('the bundled styles', () => {
  it('gives the widget the same component styles as the page, in widget.css rather than the script', () => {
    expect(WIDGET_STYLE).toContain('.bahth-hit-title');
    expect(WIDGET_STYLE).toMatch(/\.bahth mark\{background:var\(--bahth-mark\)/);
    expect(PAGE_STYLE).toContain(WIDGET_STYLE.trim());
    expect(WIDGET_SCRIPT).not.toContain('.bahth-hit-title');
  });

  it('keeps the page layout out of widget.css, so the widget does not restyle its host page', () => {
    expect(PAGE_STYLE).toContain('.site-header');
    expect(WIDGET_STYLE).not.toMatch(/(^|[},])(html|body)[{,\s]/);
  });
});
