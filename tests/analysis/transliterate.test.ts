import { describe, expect, it } from 'vitest';
import { analyzeWord, latinQueryKeys, transliterationKeys } from '../../src/analysis/pipeline';
import { arabicKey, latinKey, latinKeyReadings } from '../../src/analysis/transliterate';
import {
  ARABIC_KEY_RULES,
  LATIN_KEY_RULES,
  LATIN_VOWEL_RULES,
  MAX_KEY_READINGS,
  MIN_KEY_LENGTH,
  MIN_UNVOWELLED_CONSONANTS,
} from '../../src/analysis/transliteration-rules';

/** Consonants around a letter, so the letter's key lands in the middle of a key long enough to keep. */
const arabicRows = ARABIC_KEY_RULES.flatMap((rule) => rule.from.map((letter) => [rule.reason, letter, rule.to] as const));
const latinRows = LATIN_KEY_RULES.flatMap((rule) => rule.from.map((group) => [rule.reason, group, rule.to] as const));
const vowelRows = LATIN_VOWEL_RULES.flatMap((rule) => rule.from.map((group) => [rule.reason, group, rule.to] as const));

describe('arabicKey', () => {
  it.each(arabicRows)('maps Arabic letters to key letters: %s (%s → %s)', (_reason, letter, to) => {
    const [before, after] = (['l', 'r', 'd'] as const).filter((key) => key !== to);
    const arabicOf = { l: 'ل', r: 'ر', d: 'د' };
    expect(arabicKey(`${arabicOf[before!]}${letter}${arabicOf[after!]}ب`)).toBe(`~${before}${to}${after}b`);
  });
});

describe('latinKey', () => {
  it.each(latinRows)('maps Latin letter groups to key letters: %s (%s → %s)', (_reason, group, to) => {
    expect(latinKey(`lm${group}n`)).toBe(`~lm${to}n`);
  });

  it.each(vowelRows)('keys a Latin vowel group as its first Arabic spelling: %s (%s → %s)', (_reason, group, to) => {
    expect(latinKey(`lm${group}n`)).toBe(`~lm${to[0]}n`);
  });
});

describe('latinKeyReadings', () => {
  it.each(vowelRows)('reads a Latin vowel group as each of its Arabic spellings, or unwritten: %s (%s → %s)', (_reason, group, to) => {
    const readings = latinKeyReadings(`lm${group}nr`);
    for (const vowel of to) expect(readings).toContain(`~lm${vowel}nr`);
    expect(readings).toContain('~lmnr');
  });

  it('also reads a first vowel as seated on alef or written with ain (Ibrahim ابراهيم, Omar عمر)', () => {
    expect(latinKeyReadings('ibrahim')).toContain('~abrahim');
    expect(latinKeyReadings('omran')).toContain('~emran');
    expect(latinKeyReadings('othman')).toContain('~etman');
  });

  it(`reads a word of more than ${MAX_KEY_READINGS} readings only as written and with no vowels`, () => {
    const long = 'abadabadabadabadabad';
    expect(latinKeyReadings(long)).toHaveLength(2);
  });
});

describe('transliteration keys', () => {
  it.each([
    ['لافروف', 'Lavrov'],
    ['مراكش', 'Marrakech'],
    ['مراكش', 'Marrakesh'],
    ['الرباط', 'Rabat'],
    ['تبون', 'Tebboune'],
    ['بالحمامات', 'Hammamet'],
    ['القيروان', 'Kairouan'],
    ['باريس', 'Paris'],
    ['تونس', 'Tunis'],
    ['كوفيد', 'COVID'],
    ['محمد', 'Mohamed'],
    ['رمضان', 'Ramadan'],
    ['رمضان', 'Ramadhan'],
    ['اربيل', 'Erbil'],
    ['بعلبك', 'Baalbek'],
    ['اسماعيل', 'Ismail'],
    ['ترامب', 'Trump'],
    ['بايدن', 'Biden'],
    ['بيروت', 'Beirut'],
  ])('lets the Latin spelling reach %s from %s', (arabic, latin) => {
    const latinKeys = latinQueryKeys(analyzeWord(latin)!);
    expect(transliterationKeys(analyzeWord(arabic)!).some((key) => latinKeys.includes(key))).toBe(true);
  });

  it.each([
    ['خفض', 'COVID', 'reduce: the consonants of COVID with no vowel written'],
    ['ربط', 'Rabat', 'to tie'],
    ['عربات', 'Rabat', 'carriages: a vowel where Rabat has none'],
    ['للتنس', 'Tunis', 'for tennis'],
    ['برأسية', 'Paris', 'with a header: a vowel after the s'],
    ['تابعن', 'Tebboune', 'they followed: alef and ain where Tebboune has the short e and ou'],
  ])('keeps %s out of reach of %s (%s)', (arabic, latin) => {
    const latinKeys = latinQueryKeys(analyzeWord(latin)!);
    expect(transliterationKeys(analyzeWord(arabic)!).filter((key) => latinKeys.includes(key))).toEqual([]);
  });

  it(`drops every vowel of a Latin word only when it has ${MIN_UNVOWELLED_CONSONANTS} consonants or more`, () => {
    expect(latinKeyReadings('rabat')).toContain('~rbat');
    expect(latinKeyReadings('rabat')).not.toContain('~rbt');
    expect(latinKeyReadings('mohamed')).toContain('~mhmd');
  });

  it(`indexes no key under ${MIN_KEY_LENGTH} consonants: too many names would share it`, () => {
    expect(arabicKey('سوسه')).toBeUndefined();
    expect(latinKey('sousse')).toBeUndefined();
  });

  it('gives words of other scripts and digits no key', () => {
    expect(latinKey('2023')).toBeUndefined();
    expect(arabicKey('lavrov')).toBeUndefined();
  });
});
