import { describe, expect, it } from 'vitest';
import { isOnlyProclitics, stemWord, stripProclitics, stripSuffixes, withoutAddedClitics } from '../../src/analysis/stem';
import { ARTICLE_PROCLITICS, BARE_PROCLITICS, MIN_STEMMABLE_LENGTH, SUFFIX_STAGES, TEH_BEFORE_PRONOUN } from '../../src/analysis/stem-rules';

/** Letters that are no affix at either end, to build words around a rule. */
const filler = (length: number): string => 'كتبرقدسلج'.slice(0, length);

describe('stripProclitics', () => {
  it.each(ARTICLE_PROCLITICS.map((rule) => [rule.reason, rule] as const))('strips an article proclitic with certainty: %s', (_reason, rule) => {
    expect(stripProclitics(`${rule.prefix}${filler(3)}`)).toEqual([filler(3)]);
  });

  it.each(ARTICLE_PROCLITICS.map((rule) => [rule.reason, rule] as const))(
    'keeps an article proclitic when too little would remain: %s',
    (_reason, rule) => {
      const word = `${rule.prefix}${filler(rule.minRemaining - 1)}`;
      expect(stripProclitics(word)).not.toContain(filler(rule.minRemaining - 1));
    },
  );

  it.each(BARE_PROCLITICS.map((rule) => [rule.reason, rule] as const))('keeps both readings of a bare proclitic: %s', (_reason, rule) => {
    const word = `${rule.prefix}${filler(rule.minRemaining)}`;
    expect(stripProclitics(word)).toEqual(expect.arrayContaining([word, filler(rule.minRemaining)]));
  });

  it.each(BARE_PROCLITICS.map((rule) => [rule.reason, rule] as const))('keeps a bare proclitic when too little would remain: %s', (_reason, rule) => {
    const word = `${rule.prefix}${filler(rule.minRemaining - 1)}`;
    expect(stripProclitics(word)).not.toContain(filler(rule.minRemaining - 1));
  });

  it('never splits words shorter than the stemmable length', () => {
    expect(stripProclitics('وزن'.slice(0, MIN_STEMMABLE_LENGTH - 1))).toEqual(['وزن']);
  });

  it('keeps names that start with proclitic letters as one reading', () => {
    expect(stripProclitics('لبنان')).toContain('لبنان');
    expect(stripProclitics('وزير')).toContain('وزير');
  });

  it('leaves Latin words and digits alone', () => {
    expect(stripProclitics('lavrov')).toEqual(['lavrov']);
  });
});

const suffixRows = SUFFIX_STAGES.flatMap((stage) => stage.suffixes.map((suffix) => [stage.reason, suffix, stage] as const));

describe('stripSuffixes', () => {
  it.each(suffixRows)('removes a suffix of its stage: %s (%s)', (_reason, suffix, stage) => {
    const base = filler(Math.max(stage.minRemaining, 3));
    expect(stripSuffixes(`${base}${suffix}`)).toBe(base);
  });

  it.each(suffixRows)('keeps the suffix when the guard would be broken: %s (%s)', (_reason, suffix, stage) => {
    const word = `${filler(stage.minRemaining - 1)}${suffix}`;
    expect(stripSuffixes(word)).toBe(word);
  });

  it('keeps nouns whose ون is their own, protected by the masculine plural guard', () => {
    expect(stripSuffixes('زيتون')).toBe('زيتون');
    expect(stripSuffixes('قانون')).toBe('قانون');
    expect(stripSuffixes('زيتون')).not.toBe(stripSuffixes('زيت'));
    expect(stripSuffixes('معلمون')).toBe('معلم');
  });

  it('keeps names protected by the dual guard', () => {
    expect(stripSuffixes('لبنان')).toBe('لبنان');
    expect(stripSuffixes('ايران')).toBe('ايران');
  });

  it(`restores teh marbuta before a removed pronoun: ${TEH_BEFORE_PRONOUN.reason}`, () => {
    expect(stripSuffixes('حكومتهم')).toBe(stripSuffixes('حكومه'));
  });

  it('keeps the teh of the feminine plural before a pronoun', () => {
    expect(stripSuffixes('معلماتها')).toBe('معلم');
  });
});

describe('stemWord', () => {
  it('combines proclitic readings and suffix stripping without duplicates', () => {
    expect(stemWord('والمعلمون')).toEqual(['معلم']);
    expect(stemWord('بالمغرب')).toEqual(['مغرب']);
    expect(new Set(stemWord('ومدارسها')).size).toBe(stemWord('ومدارسها').length);
  });

  it('gives حكومتهم and الحكومة a common stem', () => {
    expect(stemWord('حكومتهم')).toEqual(expect.arrayContaining(stemWord('الحكومه')));
  });
});

describe('isOnlyProclitics', () => {
  it.each([...ARTICLE_PROCLITICS, ...BARE_PROCLITICS].map((rule) => [rule.prefix] as const))(
    'recognises %s alone as nothing but clitics',
    (prefix) => {
      expect(isOnlyProclitics(prefix)).toBe(true);
    },
  );

  it('does not mistake a word for clitics', () => {
    expect(isOnlyProclitics('الم')).toBe(false);
  });
});

describe('withoutAddedClitics', () => {
  it.each(ARTICLE_PROCLITICS.filter((rule) => rule.prefix !== 'ال').map((rule) => [rule.reason, rule] as const))(
    'keeps the article when removing an article proclitic: %s',
    (_reason, rule) => {
      expect(withoutAddedClitics(`${rule.prefix}${filler(3)}`)).toEqual([`ال${filler(3)}`]);
    },
  );

  it.each(BARE_PROCLITICS.map((rule) => [rule.reason, rule] as const))('removes a bare proclitic: %s', (_reason, rule) => {
    expect(withoutAddedClitics(`${rule.prefix}${filler(rule.minRemaining)}`)).toContain(filler(rule.minRemaining));
  });

  it('has nothing to remove from a word with only the article, or a short word', () => {
    expect(withoutAddedClitics('المغرب')).toEqual([]);
    expect(withoutAddedClitics('ولد')).toEqual([]);
  });
});
