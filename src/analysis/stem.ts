// Guarded light stemmer: a normalised Arabic word → its candidate stems, by the tables in stem-rules.ts.

import { ARTICLE_PROCLITICS, BARE_PROCLITICS, MIN_STEMMABLE_LENGTH, SUFFIX_STAGES, TEH_BEFORE_PRONOUN } from './stem-rules';

const ARABIC_WORD = /^[\u0621-\u064a]+$/;

/**
 * The readings of a word with its proclitics removed. A matched article
 * proclitic (ال, بال, لل, …) is taken as certain; bare proclitics (و ب ل ك ف)
 * are ambiguous, so the unsplit word is kept beside each split.
 *
 * @example stripProclitics('بالمغرب') → ['مغرب']
 * @example stripProclitics('ومراكش') → ['ومراكش', 'مراكش']
 */
export function stripProclitics(word: string): string[] {
  if (word.length < MIN_STEMMABLE_LENGTH || !ARABIC_WORD.test(word)) return [word];
  const article = leadingArticle(word);
  if (article !== undefined) return [word.slice(article.length)];
  const readings = [word];
  for (const rule of BARE_PROCLITICS) {
    if (word.startsWith(rule.prefix) && word.length - rule.prefix.length >= rule.minRemaining) {
      readings.push(word.slice(rule.prefix.length));
    }
  }
  return readings;
}

const PROCLITIC_PREFIXES: ReadonlySet<string> = new Set([...ARTICLE_PROCLITICS, ...BARE_PROCLITICS].map((rule) => rule.prefix));

/** True when a normalised word is a proclitic alone (ال, وال, بال, لل, وب): a word whose content is not typed yet. */
export function isOnlyProclitics(word: string): boolean {
  return PROCLITIC_PREFIXES.has(word);
}

/** True when a word that just lost a pronoun ends in a teh that was teh marbuta (حكومت|هم), not a plural's teh (معلمات|ها). */
function isTehMarbutaBeforePronoun(stageName: string, stem: string): boolean {
  return (
    stageName === 'pronoun' &&
    stem.endsWith(TEH_BEFORE_PRONOUN.from) &&
    !stem.endsWith(TEH_BEFORE_PRONOUN.notAfter + TEH_BEFORE_PRONOUN.from) &&
    stem.length >= TEH_BEFORE_PRONOUN.minLength
  );
}

/**
 * The proclitic carrying the definite article that a normalised word starts
 * with (ال, وال, بال, لل…), when the rest is long enough to be a word; the
 * longest first, as the rule table is ordered.
 *
 * @example leadingArticle('والمغرب') === 'وال'
 */
export function leadingArticle(word: string): string | undefined {
  return ARTICLE_PROCLITICS.find((rule) => word.startsWith(rule.prefix) && word.length - rule.prefix.length >= rule.minRemaining)?.prefix;
}

/**
 * The proclitic carrying the definite article that a half-typed word starts
 * with, however little follows it: the rest of the word is still to come.
 *
 * @example typedArticle('الم') === 'ال'
 */
export function typedArticle(word: string): string | undefined {
  return ARTICLE_PROCLITICS.find((rule) => word.startsWith(rule.prefix))?.prefix;
}

/**
 * The word as it would be written without its conjunctions and prepositions:
 * the article stays (بالمغرب → المغرب), a bare clitic goes (ومراكش → مراكش).
 * Used to match the written form of a word a reader typed with a clitic added.
 *
 * @example withoutAddedClitics('وبالمغرب') → ['المغرب']
 */
export function withoutAddedClitics(word: string): string[] {
  if (word.length < MIN_STEMMABLE_LENGTH || !ARABIC_WORD.test(word)) return [];
  const article = leadingArticle(word);
  if (article !== undefined) return article === 'ال' ? [] : [`ال${word.slice(article.length)}`];
  return BARE_PROCLITICS.filter((rule) => word.startsWith(rule.prefix) && word.length - rule.prefix.length >= rule.minRemaining).map((rule) =>
    word.slice(rule.prefix.length),
  );
}

/**
 * Removes pronoun, plural, dual, nisba and feminine endings, each stage at most
 * once and only while the guard leaves enough letters.
 *
 * @example stripSuffixes('حكومتهم') === stripSuffixes('حكومه') // 'حكوم'
 */
export function stripSuffixes(word: string): string {
  if (word.length < MIN_STEMMABLE_LENGTH || !ARABIC_WORD.test(word)) return word;
  let stem = word;
  for (const stage of SUFFIX_STAGES) {
    const suffix = stage.suffixes.find((candidate) => stem.endsWith(candidate) && stem.length - candidate.length >= stage.minRemaining);
    if (suffix === undefined) continue;
    stem = stem.slice(0, -suffix.length);
    if (isTehMarbutaBeforePronoun(stage.name, stem)) {
      stem = stem.slice(0, -1) + TEH_BEFORE_PRONOUN.to;
    }
  }
  return stem;
}

/**
 * Every candidate stem of a normalised word: each proclitic reading with its
 * suffixes removed, without duplicates.
 *
 * @example stemWord('والمعلمون') → ['معلم']
 */
export function stemWord(word: string): string[] {
  const stems: string[] = [];
  for (const reading of stripProclitics(word)) {
    const stem = stripSuffixes(reading);
    if (!stems.includes(stem)) stems.push(stem);
  }
  return stems;
}
