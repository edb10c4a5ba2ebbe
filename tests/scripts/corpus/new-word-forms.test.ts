// New word forms: distinct, Arabic letters only, and never a form the real vocabulary already has.

import { describe, expect, it } from 'vitest';
import { newWordForm } from '../../../scripts/corpus/new-word-forms';
import { NewWordForms } from '../../../scripts/corpus/new-word-forms-pool';

describe('newWordForm', () => {
  it('writes every form in Arabic letters, between three and twelve of them (والاستثمارين is twelve)', () => {
    for (let index = 0; index < 5_000; index++) expect(newWordForm(index * 2_003)).toMatch(/^[\u0621-\u064A]{3,12}$/u);
  });

  it('gives the same form for the same number', () => {
    expect(newWordForm(123_456)).toBe(newWordForm(123_456));
  });
});

describe('NewWordForms', () => {
  it('coins forms that are new to the real vocabulary and to each other', () => {
    const real = new Set([newWordForm(0), newWordForm(2)]);
    const pool = new NewWordForms(real);
    const coined = Array.from({ length: 20_000 }, () => pool.coin());
    expect(new Set(coined).size).toBe(coined.length);
    expect(coined.filter((form) => real.has(form))).toEqual([]);
    expect(pool.at(5)).toBe(coined[5]);
  });
});
