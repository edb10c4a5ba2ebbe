import { describe, expect, it } from 'vitest';
import { collectDisplayForms } from '../../src/indexing/display-forms';

const article = (id: string, body: string) => ({ id, title: 'عنوان', body });

describe('collectDisplayForms', () => {
  it('keeps the most frequent spelling of each term, without diacritics or tatweel', () => {
    const forms = collectDisplayForms([article('1', 'المدرسة المدرسة المدرسه'), article('2', 'الـمـدرسـة FIFA أَسْعَار')]);
    expect(forms).toMatchObject({ المدرسه: 'المدرسة', fifa: 'FIFA', اسعار: 'أسعار' });
  });

  it('lists only terms whose spelling differs, in sorted order', () => {
    const forms = collectDisplayForms([article('1', 'سوق كبير المدرسة')]);
    expect(Object.keys(forms)).toEqual(['المدرسه']);
  });

  it('breaks ties the same way every time', () => {
    const a = collectDisplayForms([article('1', 'مسؤول مسئول')]);
    const b = collectDisplayForms([article('1', 'مسئول مسؤول')]);
    expect(a).toEqual(b);
  });
});
