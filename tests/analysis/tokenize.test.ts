import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, WordScanner } from '../../src/analysis/tokenize';

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

  it('keeps a word whole across a control character inside it, as across a zero-width one (لا NUL فروف)', () => {
    expect(tokenize('قال لا\u0000فروف').map((token) => token.text)).toEqual(['قال', 'لا\u0000فروف']);
    expect(tokenize('لا\u001bفروف\u0085').map((token) => token.text)).toEqual(['لا\u001bفروف\u0085']);
  });

  it('still splits words on tabs and line breaks', () => {
    expect(tokenize('قال\tلافروف\nاليوم').map((token) => token.text)).toEqual(['قال', 'لافروف', 'اليوم']);
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

/** Text mixing every character class the tokeniser tells apart, astral and lone surrogates included. */
const mixedText = fc.string({
  unit: fc.oneof(fc.constantFrom(...'قال لافروف،  ٢٠٢٣م COVID19 «مُحَمَّد» الـمغرب\u200f\u064e5G-é😀ﻻ'), fc.constantFrom('\ud83d', '\ude00')),
  maxLength: 60,
});

/** The words a scanner reads from `from` to the end, as [start, end] pairs. */
function scanned(text: string, from: number): [number, number][] {
  const words = new WordScanner(text, WordScanner.safeStart(text, from));
  const found: [number, number][] = [];
  while (words.next()) if (words.start >= from) found.push([words.start, words.end]);
  return found;
}

describe('WordScanner', () => {
  it('reads exactly the words tokenize returns', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(scanned(text, 0)).toEqual(tokenize(text).map((token) => [token.start, token.end]));
      }),
    );
  });

  it('reads from any offset the words tokenize finds starting there, never a piece of a word', () => {
    fc.assert(
      fc.property(mixedText, fc.nat(), (text, seed) => {
        const from = seed % (text.length + 1);
        const expected = tokenize(text)
          .filter((token) => token.start >= from)
          .map((token) => [token.start, token.end]);
        expect(scanned(text, from)).toEqual(expected);
      }),
    );
  });

  it('starts a scan only where no word can continue', () => {
    const text = 'قال لافروف';
    expect(WordScanner.safeStart(text, 6)).toBe(4);
    expect(WordScanner.safeStart(text, 4)).toBe(4);
    expect(WordScanner.safeStart(text, 2)).toBe(0);
  });

  it('splits an Arabic word from the digits written against it, as tokenize does', () => {
    const words = new WordScanner('٢٠٢٣م');
    const found: string[] = [];
    while (words.next()) found.push('٢٠٢٣م'.slice(words.start, words.end));
    expect(found).toEqual(['٢٠٢٣', 'م']);
  });

  it('reads again from a new place after seek', () => {
    const text = 'قال لافروف في مراكش';
    const words = new WordScanner(text);
    words.next();
    words.next();
    words.seek(WordScanner.safeStart(text, 14));
    expect(words.next()).toBe(true);
    expect(text.slice(words.start, words.end)).toBe('مراكش');
    expect(words.next()).toBe(false);
  });
});
