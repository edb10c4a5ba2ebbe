// Heaps' law: words and forms counted as the vocabulary counts them, and a fit that recovers the law from its own curve.

import { describe, expect, it } from 'vitest';
import { arabicWordsOf, expectedForms, fitHeapsLaw } from '../../../scripts/corpus/heaps-law';

describe('arabicWordsOf', () => {
  it('counts a word with short vowels or tatweel as the same form as without', () => {
    expect(arabicWordsOf('كَتَبَ الكاتـــب، كتب 2024 news كاتب')).toEqual(['كتب', 'الكاتب', 'كتب', 'كاتب']);
  });
});

describe('fitHeapsLaw', () => {
  it('recovers K and β from points on the curve', () => {
    const points = [1e4, 1e5, 1e6, 1e7].map((tokens) => ({ tokens, forms: 36.5 * tokens ** 0.553 }));
    const fit = fitHeapsLaw(points);
    expect(fit.k).toBeCloseTo(36.5, 6);
    expect(fit.beta).toBeCloseTo(0.553, 9);
    expect(fit.rSquared).toBeCloseTo(1, 9);
  });

  it('refuses a curve of one point, naming the fix', () => {
    expect(() => fitHeapsLaw([{ tokens: 10, forms: 5 }])).toThrow(/at least two growth points; give a larger source corpus/);
  });
});

describe('expectedForms', () => {
  it('grows the measured vocabulary by the fitted exponent', () => {
    const fit = { k: 1, beta: 0.5, rSquared: 1 };
    expect(expectedForms(fit, { tokens: 1_000_000, forms: 200_000 }, 4_000_000)).toBeCloseTo(400_000, 6);
  });
});
