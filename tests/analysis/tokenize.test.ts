import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/analysis/tokenize';

const texts = (text: string): string[] => tokenize(text).map((token) => token.text);

describe('tokenize', () => {
  it('gives each token the offsets of its text in the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'قال لافروف،  ٢٠٢٣م COVID19 «مُحَمَّد» الـمغرب\u200f\u064e5G-é'.split('')) }), (text) => {
        for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
      }),
    );
  });

  it('keeps offsets right after characters outside the BMP', () => {
    const text = '😀 لافروف';
    const [token] = tokenize(text);
    expect(token).toEqual({ text: 'لافروف', start: 3, end: 9 });
  });

  it('splits on spaces and punctuation, Arabic and Latin', () => {
    expect(texts('قال لافروف، «في مراكش» (Lavrov).')).toEqual(['قال', 'لافروف', 'في', 'مراكش', 'Lavrov']);
  });

  it('separates Arabic letters from digits and Latin letters', () => {
    expect(texts('٢٠٢٣م')).toEqual(['٢٠٢٣', 'م']);
    expect(texts('2023م')).toEqual(['2023', 'م']);
    expect(texts('الـCOVID')).toEqual(['الـ', 'COVID']);
  });

  it('keeps digits and Latin letters together', () => {
    expect(texts('5G COVID19')).toEqual(['5G', 'COVID19']);
  });

  it('keeps tashkeel, tatweel and invisible marks inside the word they sit in', () => {
    expect(texts('مُحَمَّدٌ')).toEqual(['مُحَمَّدٌ']);
    expect(texts('الـمغرب')).toEqual(['الـمغرب']);
    expect(texts('لاف\u200fروف')).toEqual(['لاف\u200fروف']);
    expect(texts('مست\u200cشفى')).toEqual(['مست\u200cشفى']);
  });

  it('returns nothing for text without letters or digits', () => {
    expect(tokenize(' ،.؟!«» ')).toEqual([]);
  });
});
