// Guarded root extractor: a light stem → its three-letter root, by the pattern tables in root-rules.ts, or nothing when no pattern fits.

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
} from './root-rules';

const ARABIC_WORD = /^[\u0621-\u064a]+$/;
const ROOT_LENGTH = ROOT_PLACEHOLDERS.length;

/** The root a pattern reads in a word of its length, or undefined when a fixed letter or a guard disagrees. */
function readPattern(word: string, { pattern, firstRootLetters, notFirstRootLetters }: RootPattern): string | undefined {
  if (word.length !== pattern.length) return undefined;
  let root = '';
  for (let index = 0; index < pattern.length; index++) {
    const slot = pattern[index]!;
    if ((ROOT_PLACEHOLDERS as readonly string[]).includes(slot)) root += word[index]!;
    else if (word[index] !== slot) return undefined;
  }
  if (firstRootLetters !== undefined && !firstRootLetters.includes(root[0]!)) return undefined;
  if (notFirstRootLetters?.includes(root[0]!)) return undefined;
  return root[1] === NO_MIDDLE_ALEF.letter ? undefined : root;
}

/** The root of the first pattern of `patterns` that fits `word`. */
function firstReading(word: string, patterns: readonly RootPattern[]): string | undefined {
  for (const pattern of patterns) {
    const root = readPattern(word, pattern);
    if (root !== undefined) return root;
  }
  return undefined;
}

/** The root of a word read as a verb: an imperfect prefix, then a verb form. */
function verbReading(word: string): string | undefined {
  for (const { prefix } of IMPERFECT_PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const root = firstReading(word.slice(prefix.length), VERB_PATTERNS);
    if (root !== undefined) return root;
  }
  return undefined;
}

/** The word without a verb ending the light stemmer leaves (كتبوا → كتب), when enough remains. */
function withoutVerbSuffix(word: string): string {
  const rule = VERB_SUFFIXES.find(({ suffix, minRemaining }) => word.endsWith(suffix) && word.length - suffix.length >= minRemaining);
  return rule === undefined ? word : word.slice(0, -rule.suffix.length);
}

/** The root of a word read as a future verb (سيعلن → يعلن → علن): only a verb may follow the particle. */
function futureReading(word: string): string | undefined {
  if (!word.startsWith(FUTURE_PREFIX.prefix) || word.length - FUTURE_PREFIX.prefix.length < FUTURE_PREFIX.minRemaining) return undefined;
  return verbReading(word.slice(FUTURE_PREFIX.prefix.length));
}

/**
 * The three-letter root of a light stem: the stem itself when it has three
 * letters, else what the first fitting noun, verb or future-verb pattern
 * leaves. Undefined for shorter stems, Latin words and stems no pattern fits
 * (زيتون, تلفزيون): a guess would join unrelated words.
 *
 * @example extractRoot('مدارس') === 'درس'
 * @example extractRoot('سيعلن') === 'علن'
 * @example extractRoot('زيتون') === undefined
 */
export function extractRoot(stem: string): string | undefined {
  if (!ARABIC_WORD.test(stem)) return undefined;
  const word = withoutVerbSuffix(stem);
  if (word.length < ROOT_LENGTH) return undefined;
  if (word.length === ROOT_LENGTH) return word;
  return firstReading(word, NOUN_PATTERNS) ?? verbReading(word) ?? futureReading(word);
}

/**
 * The root-layer term of a word's candidate stems: the root of the first,
 * marked so that it never equals a word or a stem in the index. The first
 * stem is the word unsplit, or split after a certain article proclitic
 * (stemWord): a split after a bare و ب ل ك ف is a guess, and a word whose
 * unsplit form fits no pattern is mostly a name or a loanword (كوفيد is not
 * ك + وفيد, which would read as وفد, delegation).
 *
 * @example rootTermsOf(['مدارس']) → ['√درس']
 * @example rootTermsOf(['كتاب', 'تاب']) → ['√كتب']
 * @example rootTermsOf(['كوفيد', 'وفيد']) → []
 */
export function rootTermsOf(stems: readonly string[]): string[] {
  const root = stems.length === 0 ? undefined : extractRoot(stems[0]!);
  return root === undefined ? [] : [ROOT_MARK + root];
}

/** True for a root-layer term (√درس), false for words, stems and other keys. */
export function isRootTerm(term: string): boolean {
  return term.startsWith(ROOT_MARK);
}

/** The root letters of a root-layer term (√درس → درس). */
export function rootLettersOf(term: string): string {
  return term.slice(ROOT_MARK.length);
}
