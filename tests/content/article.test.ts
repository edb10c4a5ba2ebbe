import { describe, expect, it } from 'vitest';
import { articleInputSchema } from '../../src/content/article';

const valid = { id: 'a-1', title: 'عنوان', body: 'نص المقال' };

describe('articleInputSchema', () => {
  it.each([
    ['null', null],
    ['blank text', '  '],
  ])('treats a %s optional field as not given', (_label, empty) => {
    const result = articleInputSchema.safeParse({ ...valid, category: empty, source: empty, url: empty, date: empty, tags: empty });
    expect(result.success).toBe(true);
    expect(result.data).toEqual(valid);
  });

  it('keeps an integer id as a string', () => {
    expect(articleInputSchema.parse({ ...valid, id: 42 }).id).toBe('42');
  });

  it.each(['https://example.com/a', 'http://example.com/a?x=1', 'http://www.jawharafm.net/ar/article/\u00a0صينية/106/79267'])(
    'accepts the web address %s',
    (url) => {
      expect(articleInputSchema.parse({ ...valid, url }).url).toBe(url);
    },
  );

  it.each(['javascript:alert(1)', 'data:text/html,<script>', '/relative/path', 'example.com', 'https://exa mple.com'])(
    'refuses %s as a url, saying what to give instead',
    (url) => {
      const result = articleInputSchema.safeParse({ ...valid, url });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toContain('http:// or https://');
    },
  );
});
