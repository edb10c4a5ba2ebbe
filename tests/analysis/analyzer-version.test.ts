import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MONTH_NAMES } from '../../src/analysis/month-names';
import { CONTEXT_RULES, DIGIT_RULES, IGNORED_CHARACTER_RULES, LETTER_RULES, NORMALIZATION_STAGES } from '../../src/analysis/normalization-rules';
import { ANALYZER_VERSION, MAX_TERM_LENGTH } from '../../src/analysis/pipeline';
import {
  FUTURE_PREFIX,
  IMPERFECT_PREFIXES,
  NO_MIDDLE_ALEF,
  NOUN_PATTERNS,
  ROOT_MARK,
  ROOT_PLACEHOLDERS,
  VERB_PATTERNS,
  VERB_SUFFIXES,
} from '../../src/analysis/root-rules';
import { ARTICLE_PROCLITICS, BARE_PROCLITICS, MIN_STEMMABLE_LENGTH, SUFFIX_STAGES, TEH_BEFORE_PRONOUN } from '../../src/analysis/stem-rules';
import { STOP_WORD_GROUPS } from '../../src/analysis/stopwords';
import {
  ARABIC_KEY_RULES,
  GLOTTAL,
  INITIAL_VOWEL_SEATS,
  KEY_VOWELS,
  LATIN_KEY_RULES,
  LATIN_VOWEL_RULES,
  MAX_KEY_READINGS,
  MIN_KEY_LENGTH,
  MIN_UNVOWELLED_CONSONANTS,
} from '../../src/analysis/transliteration-rules';

/**
 * Each analyser version with the fingerprint of its rule tables, oldest first.
 * When a rule changes, this test fails: bump ANALYZER_VERSION in
 * src/analysis/pipeline.ts (old indexes must be rebuilt), then append a row
 * with the new version and the fingerprint the failure prints.
 */
const HISTORY: readonly { version: number; fingerprint: string }[] = [
  { version: 2, fingerprint: 'd0eb6dd4598bf219' },
  { version: 3, fingerprint: '07aacfd033456ad1' },
  { version: 4, fingerprint: '270edec720a76047' },
  { version: 5, fingerprint: '1822d7b39889e618' },
  { version: 6, fingerprint: '903594c6f824ba87' },
  { version: 7, fingerprint: '89b3b402eb3784c8' },
];

/** Everything that decides what a word analyses to, without the reasons (rewording a reason changes nothing). */
function ruleTables(): unknown {
  const withoutReason = <T extends object>(row: T): Omit<T, 'reason'> => {
    const { reason: _reason, ...rest } = row as T & { reason?: unknown };
    return rest;
  };
  return {
    context: CONTEXT_RULES.map((rule) => [rule.pattern.source, rule.pattern.flags, rule.to]),
    ignored: IGNORED_CHARACTER_RULES.map(withoutReason),
    letters: LETTER_RULES.map(withoutReason),
    digits: DIGIT_RULES.map(withoutReason),
    stages: NORMALIZATION_STAGES.map((row) => row.stage),
    stopWords: STOP_WORD_GROUPS.map((group) => group.words),
    articleProclitics: ARTICLE_PROCLITICS.map(withoutReason),
    bareProclitics: BARE_PROCLITICS.map(withoutReason),
    suffixes: SUFFIX_STAGES.map(withoutReason),
    tehBeforePronoun: withoutReason(TEH_BEFORE_PRONOUN),
    minStemmableLength: MIN_STEMMABLE_LENGTH,
    maxTermLength: MAX_TERM_LENGTH,
    arabicKeys: ARABIC_KEY_RULES.map(withoutReason),
    latinKeys: LATIN_KEY_RULES.map(withoutReason),
    latinVowels: LATIN_VOWEL_RULES.map(withoutReason),
    initialVowelSeats: INITIAL_VOWEL_SEATS,
    keyVowels: [...KEY_VOWELS],
    glottal: GLOTTAL,
    maxKeyReadings: MAX_KEY_READINGS,
    minUnvowelledConsonants: MIN_UNVOWELLED_CONSONANTS,
    minKeyLength: MIN_KEY_LENGTH,
    rootPlaceholders: [...ROOT_PLACEHOLDERS],
    nounPatterns: NOUN_PATTERNS.map(withoutReason),
    imperfectPrefixes: IMPERFECT_PREFIXES.map(withoutReason),
    verbPatterns: VERB_PATTERNS.map(withoutReason),
    futurePrefix: withoutReason(FUTURE_PREFIX),
    verbSuffixes: VERB_SUFFIXES.map(withoutReason),
    noMiddleAlef: withoutReason(NO_MIDDLE_ALEF),
    rootMark: ROOT_MARK,
    months: MONTH_NAMES.map((row) => [row.month, row.names.map(([name]) => name), row.pairs.map(([first, second]) => [first, second])]),
  };
}

describe('ANALYZER_VERSION', () => {
  it('is bumped whenever the rule tables change', () => {
    const fingerprint = createHash('sha256').update(JSON.stringify(ruleTables())).digest('hex').slice(0, 16);
    const pinned = HISTORY.at(-1);
    const message =
      `The analysis rule tables changed (fingerprint ${fingerprint}; version ${pinned?.version} was pinned to ${pinned?.fingerprint}). ` +
      'Bump ANALYZER_VERSION in src/analysis/pipeline.ts, then append { version, fingerprint } to HISTORY in this test.';
    expect({ version: ANALYZER_VERSION, fingerprint }, message).toEqual(pinned);
  });

  it('gives every recorded fingerprint its own, increasing version', () => {
    const versions = HISTORY.map((row) => row.version);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    expect(new Set(HISTORY.map((row) => row.fingerprint)).size).toBe(HISTORY.length);
  });
});
