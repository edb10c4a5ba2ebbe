import { describe, expect, it } from 'vitest';
import { CONTEXT_RULES, DIGIT_RULES, IGNORED_CHARACTER_RULES, LETTER_RULES, NORMALIZATION_STAGES } from '../../src/analysis/normalization-rules';
import { normalizeWord } from '../../src/analysis/normalize';

const check = (input: string, expected: string): void => expect(normalizeWord(input)).toBe(expected);

/** One row per character of a rule, labelled by the rule's reason. */
const rowsOf = (rules: typeof LETTER_RULES) => rules.flatMap((rule) => rule.from.map((character) => [rule.reason, character, rule.to] as const));

describe('normalizeWord', () => {
  it.each(rowsOf(IGNORED_CHARACTER_RULES))('removes characters that never change the word: %s (U+%s)', (_reason, character) => {
    check(`كت${character}ب`, 'كتب');
  });

  it.each(rowsOf(LETTER_RULES))('folds letters: %s (%s → %s)', (_reason, character, to) => {
    check(`ب${character}`, `ب${to}`);
  });

  it.each(DIGIT_RULES.map((rule) => [rule.reason, rule] as const))('folds digits to ASCII: %s', (_reason, rule) => {
    check(rule.from.join(''), '0123456789');
  });

  it.each(CONTEXT_RULES.map((rule) => [rule.reason] as const))('applies context rules before folding: %s', () => {
    check('مسئول', normalizeWord('مسؤول'));
    check('شئون', normalizeWord('شؤون'));
    check('مسائل', 'مسايل');
  });

  it('turns presentation forms into plain letters (NFKC)', () => {
    check('\ufefb', 'لا');
    check('\ufe8d\ufedf\ufee4\ufed0\ufeae\ufe8f', 'المغرب');
  });

  it('keeps yeh-seated hamza that is not before waw as a yeh-seat (no waw appears)', () => {
    check('الجزائر', 'الجزاير');
  });

  it('lowercases Latin and removes its accents', () => {
    check('Marrakech', 'marrakech');
    check('Société', 'societe');
    check('COVID19', 'covid19');
  });

  it('folds a fully vowelled word with tatweel to its plain spelling', () => {
    check('الـمُسْتَشْفَى', 'المستشفي');
  });

  it('normalises a word of marks only to nothing', () => {
    check('\u064e\u0651', '');
  });
});

describe('NORMALIZATION_STAGES', () => {
  it('names each stage once, compatibility forms first and Latin folding last', () => {
    const stages = NORMALIZATION_STAGES.map((row) => row.stage);
    expect(new Set(stages).size).toBe(stages.length);
    expect(stages[0]).toBe('compatibility');
    expect(stages.at(-1)).toBe('latin');
  });

  it('folds what a compatibility form decomposes into, since folding runs after it (ﻷ → لا)', () => {
    expect(normalizeWord('\ufef7')).toBe('لا');
  });
});
