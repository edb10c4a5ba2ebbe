// GET /, /page.js, /page.css, /widget.js and the scripts' source maps through the Workers runtime: content types and security headers.

import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

function directives(policy: string | null): Map<string, string> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map((words) => [words[0] ?? '', words.slice(1).join(' ')]),
  );
}

describe('the search page routes', () => {
  it('serve an RTL Arabic page that loads its script and style from this origin', async () => {
    const response = await SELF.fetch('https://bahth.test/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<script src="/page.js" defer></script>');
    expect(html).not.toMatch(/<script>|<style>|\son[a-z]+=/);
  });

  it('forbid inline and foreign scripts with the Content-Security-Policy', async () => {
    const response = await SELF.fetch('https://bahth.test/');
    const policy = directives(response.headers.get('content-security-policy'));
    expect(policy.get('default-src')).toBe("'none'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('connect-src')).toBe("'self'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('show the embed example pointing at the origin that served the page', async () => {
    const html = await (await SELF.fetch('https://search.example.org/')).text();
    expect(html).toContain('&lt;script src=&quot;https://search.example.org/widget.js&quot; defer&gt;&lt;/script&gt;');
  });

  it.each([
    ['/page.js', 'text/javascript; charset=utf-8'],
    ['/page.css', 'text/css; charset=utf-8'],
  ])('serve %s as %s', async (path, contentType) => {
    const response = await SELF.fetch(`https://bahth.test${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
  });

  it.each([
    ['/widget.js', 'text/javascript; charset=utf-8'],
    ['/widget.css', 'text/css; charset=utf-8'],
  ])('let other sites load %s', async (path, contentType) => {
    const response = await SELF.fetch(`https://bahth.test${path}`, { headers: { Origin: 'https://news.example.com' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  it('serve the widget rules in /widget.css and no inline style element in /widget.js', async () => {
    const css = await (await SELF.fetch('https://bahth.test/widget.css')).text();
    expect(css).toContain('.bahth');
    const script = await (await SELF.fetch('https://bahth.test/widget.js')).text();
    expect(script).not.toMatch(/createElement\(["'`]style["'`]\)/);
    expect(script).toContain('widget.css');
  });

  it.each(['/page.js', '/widget.js'])('serve the source map that %s links to, leading back to src/client', async (path) => {
    const script = await (await SELF.fetch(`https://bahth.test${path}`)).text();
    const mapName = /\/\/# sourceMappingURL=([\w.-]+)\s*$/.exec(script)?.[1];
    expect(mapName).toBe(`${path.slice(1)}.map`);
    const response = await SELF.fetch(new URL(mapName ?? '', `https://bahth.test${path}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const map = (await response.json()) as { sources: string[] };
    expect(map.sources).toContain('src/client/render.ts');
  });
});
