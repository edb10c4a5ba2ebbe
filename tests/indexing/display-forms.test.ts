import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/article';
import { indexArticles } from '../../src/indexing/index-articles';

const article = (id: string, body: string): Article => ({ id, title: 'عنوان', body });

/** The spelling a batch records for each index term whose readers' spelling differs from it, in term order. */
async function collectDisplayForms(articles: readonly Article[]): Promise<Record<string, string>> {
  const { terms } = await indexArticles(articles, new Set());
  return Object.fromEntries([...terms].filter((entry) => entry.display !== '').map((entry) => [entry.term, entry.display]));
}

describe('display forms of an inverted batch', async () => {
  it('keeps the most frequent spelling of each term, without diacritics or tatweel', async () => {
    const forms = await collectDisplayForms([article('1', 'المدرسة المدرسة المدرسه'), article('2', 'الـمـدرسـة FIFA أَسْعَار')]);
    expect(forms).toMatchObject({ المدرسه: 'المدرسة', fifa: 'FIFA', اسعار: 'أسعار' });
  });

  it('lists only terms whose spelling differs, in sorted order', async () => {
    const forms = await collectDisplayForms([article('1', 'سوق كبير المدرسة')]);
    expect(Object.keys(forms)).toEqual(['المدرسه']);
  });

  it('breaks ties the same way every time', async () => {
    const a = await collectDisplayForms([article('1', 'مسؤول مسئول')]);
    const b = await collectDisplayForms([article('1', 'مسئول مسؤول')]);
    expect(a).toEqual(b);
  });
});
