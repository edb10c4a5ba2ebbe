import { describe, expect, it } from 'vitest';
import { analyzePrefix, analyzeWord } from '../../src/analysis/pipeline';
import { extractRoot, isRootTerm, rootLettersOf, rootTermsOf } from '../../src/analysis/root';
import {
  FUTURE_PREFIX,
  IMPERFECT_PREFIXES,
  NO_MIDDLE_ALEF,
  NOUN_PATTERNS,
  ROOT_MARK,
  ROOT_PLACEHOLDERS,
  type RootPattern,
  VERB_PATTERNS,
  VERB_SUFFIXES,
} from '../../src/analysis/root-rules';

/** A root with no letter that is also a pattern's fixed letter, and one opening with an emphatic for the assimilated ت of form VIII. */
const PLAIN_ROOT = 'درس';
const EMPHATIC_ROOT = 'ضرب';

/** The root a pattern is tested with: its guard decides. */
const rootFor = (rule: RootPattern): string => (rule.firstRootLetters === undefined ? PLAIN_ROOT : EMPHATIC_ROOT);

/** A pattern written out with a root's letters in place of ف, ع and ل. */
function spell(pattern: string, root: string): string {
  return [...pattern].map((slot) => root[(ROOT_PLACEHOLDERS as readonly string[]).indexOf(slot)] ?? slot).join('');
}

/** The root of a whole word, as the index reads it: normalised, light-stemmed, then the root layer. */
const rootOfWord = (word: string): readonly string[] => analyzeWord(word)?.rootTerms ?? [];

describe('extractRoot', () => {
  it.each(NOUN_PATTERNS.map((rule) => [rule.reason, rule] as const))('reads the root of a noun pattern: %s', (_reason, rule) => {
    expect(extractRoot(spell(rule.pattern, rootFor(rule)))).toBe(rootFor(rule));
  });

  it.each(NOUN_PATTERNS.filter((rule) => rule.firstRootLetters !== undefined).map((rule) => [rule.reason, rule] as const))(
    'reads the assimilated ط only after an emphatic: %s',
    (_reason, rule) => {
      expect(extractRoot(spell(rule.pattern, PLAIN_ROOT))).not.toBe(PLAIN_ROOT);
    },
  );

  it.each(NOUN_PATTERNS.filter((rule) => rule.notFirstRootLetters !== undefined).map((rule) => [rule.reason, rule] as const))(
    'reads a word opened by an imperfect prefix as a verb, not as this noun pattern: %s',
    (_reason, rule) => {
      for (const letter of rule.notFirstRootLetters!) {
        const word = spell(rule.pattern, `${letter}${PLAIN_ROOT.slice(1)}`);
        expect(extractRoot(word)).not.toBe(`${letter}${PLAIN_ROOT.slice(1)}`);
      }
    },
  );

  const verbRows = IMPERFECT_PREFIXES.flatMap(({ prefix, reason }) =>
    VERB_PATTERNS.map((rule) => [`${prefix}: ${reason}; ${rule.reason}`, prefix, rule] as const),
  );

  it.each(verbRows)('reads the root of a verb after its prefix: %s', (_reason, prefix, rule) => {
    expect(extractRoot(`${prefix}${spell(rule.pattern, rootFor(rule))}`)).toBe(rootFor(rule));
  });

  it.each(IMPERFECT_PREFIXES.map(({ prefix, reason }) => [reason, prefix] as const))(
    `${FUTURE_PREFIX.reason}, before each imperfect prefix: %s`,
    (_reason, prefix) => {
      expect(extractRoot(`${FUTURE_PREFIX.prefix}${prefix}${PLAIN_ROOT}`)).toBe(PLAIN_ROOT);
    },
  );

  it('keeps the س of a word too short to hold the future particle and a verb', () => {
    const word = 'سيار';
    expect(word.length - FUTURE_PREFIX.prefix.length).toBeLessThan(FUTURE_PREFIX.minRemaining);
    expect(extractRoot(word)).toBe('سير');
  });

  it.each(VERB_SUFFIXES.map((rule) => [rule.reason, rule] as const))('cuts a verb ending the light stemmer leaves: %s', (_reason, rule) => {
    expect(extractRoot(`${PLAIN_ROOT}${rule.suffix}`)).toBe(PLAIN_ROOT);
  });

  it(`refuses a root with a bare alef in the middle: ${NO_MIDDLE_ALEF.reason}`, () => {
    expect(extractRoot('سينام')).toBeUndefined();
  });

  it('takes a three-letter stem as its own root', () => {
    expect(extractRoot('طفل')).toBe('طفل');
  });

  it('gives no root to shorter stems, Latin words and stems no pattern fits', () => {
    expect(extractRoot('حق')).toBeUndefined();
    expect(extractRoot('lavrov')).toBeUndefined();
    expect(extractRoot('زيتون')).toBeUndefined();
    expect(extractRoot('تلفزيون')).toBeUndefined();
  });
});

describe('rootTermsOf', () => {
  it('marks a root so that it never equals a word or a stem', () => {
    const [term] = rootTermsOf(['مدارس']);
    expect(term).toBe(`${ROOT_MARK}درس`);
    expect(isRootTerm(term!)).toBe(true);
    expect(isRootTerm('درس')).toBe(false);
    expect(rootLettersOf(term!)).toBe('درس');
  });

  it('reads the unsplit stem only, never a guessed split after a bare proclitic', () => {
    expect(rootTermsOf(['كتاب', 'تاب'])).toEqual([`${ROOT_MARK}كتب`]);
    expect(rootTermsOf(['كوفيد', 'وفيد'])).toEqual([]);
  });

  it('has nothing for stems without a root', () => {
    expect(rootTermsOf(['زيتون'])).toEqual([]);
  });
});

describe('the root layer of whole words', () => {
  it.each([
    ['مدارس', 'المدرسة', 'a broken plural meets its singular'],
    ['مدارس', 'الدراسة', 'a broken plural meets a verbal noun of its root'],
    ['أطفال', 'طفل', 'the plural afʿāl meets its singular'],
    ['سيعلن', 'أعلن', 'a future verb meets its past'],
    ['سيعلن', 'الإعلان', 'a future verb meets its verbal noun'],
    ['يكتبون', 'الكتاب', 'a plural imperfect meets a noun of its root'],
    ['المستخدمين', 'استخدام', 'a form X participle meets its verbal noun'],
    ['الاجتماعية', 'المجتمع', 'a form VIII adjective meets its participle'],
    ['الوزراء', 'الوزير', 'the plural fuʿalāʾ meets its singular'],
  ])('gives %s and %s one root: %s', (first, second) => {
    expect(rootOfWord(first)).toHaveLength(1);
    expect(rootOfWord(first)).toEqual(rootOfWord(second));
  });

  it('keeps زيتون (olives) apart from زيت (oil)', () => {
    expect(rootOfWord('الزيتون')).not.toEqual(rootOfWord('الزيت'));
    expect(analyzeWord('الزيتون')?.stems).not.toEqual(analyzeWord('الزيت')?.stems);
  });

  it('gives a word still being typed no root: its pattern is not written yet', () => {
    expect(analyzePrefix('مدارس')?.rootTerms).toEqual([]);
    expect(analyzeWord('مدارس')?.rootTerms).not.toEqual([]);
  });
});
