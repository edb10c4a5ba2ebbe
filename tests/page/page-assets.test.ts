// The browser assets assembled from the client chunks: the scripts must parse and stay in their own scope, and
// widget.css must carry the component styles the page uses.

import { describe, expect, it } from 'vitest';
import { PAGE_SCRIPT, WIDGET_CSS, WIDGET_SCRIPT } from '../../src/page/page-assets';
import { COMPONENT_CSS } from '../../src/page/component-style';

describe('the assembled browser scripts', () => {
  it.each([
    ['page.js', PAGE_SCRIPT],
    ['widget.js', WIDGET_SCRIPT],
  ])('%s is valid JavaScript wrapped in one function scope', (_name, script) => {
    expect(() => new Function(script)).not.toThrow();
    expect(script.startsWith('(function () {')).toBe(true);
    expect(script.trimEnd().endsWith('})();')).toBe(true);
  });

  it('keeps // inside strings while dropping comment lines', () => {
    expect(PAGE_SCRIPT).not.toMatch(/^\/\//m);
    expect(WIDGET_SCRIPT).toContain("'https:'");
  });

  it('gives the widget the same component styles as the page, in widget.css rather than the script', () => {
    const firstRule = COMPONENT_CSS.trim().split('\n')[0] ?? '';
    expect(firstRule).toBe('.bahth {');
    expect(WIDGET_CSS).toContain('.bahth-hit-title');
    expect(WIDGET_CSS).toContain('.bahth mark { background: var(--bahth-mark);');
    expect(WIDGET_SCRIPT).not.toContain('.bahth-hit-title {');
  });

  it('never sets innerHTML or outerHTML in either script', () => {
    expect(`${PAGE_SCRIPT}\n${WIDGET_SCRIPT}`).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});
