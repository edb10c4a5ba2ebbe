// The analysis pipeline, declared once: tokenise → normalise → drop stop words → stem → root. Shared by build, worker, snippets and evaluation.

import { canEndMonthPair, monthKeyOfPair, monthKeyOfWord } from './month-keys';
import { normalizeWord } from './normalize';
import { rootTermsOf } from './root';
import { isOnlyProclitics, stemWord, stripProclitics } from './stem';
import { isStopWord } from './stopwords';
import { type Token, tokenize } from './tokenize';
import { arabicKey, latinKey, latinKeyReadings } from './transliterate';

/**
 * Bump whenever a rule in this folder changes what a word analyses to: an index
 * built by another version would silently disagree with the worker's queries.
 * tests/analysis/analyzer-version.test.ts pins a fingerprint of the rules to this number.
 */
export const ANALYZER_VERSION = 7;

/** Longer words are kept as tokens (for offsets) but not indexed: no real word is this long. */
export const MAX_TERM_LENGTH = 40;

/**
 * What the index knows of one word: its exact normalised form, and the terms
 * of the stem fields, kept apart by where they come from.
 */
export interface WordAnalysis {
  /** The word normalised, as the exact-form fields hold it. */
  readonly surface: string;
  /** Candidate stems of a complete word, clitics and suffixes cut (analyzeWord); empty for a half-typed word, whose end is not written yet. */
  readonly stems: readonly string[];
  /** A half-typed word with its proclitics removed and nothing else cut (analyzePrefix); empty for a complete word, whose stems cover them. */
  readonly readings: readonly string[];
  /** The key of the month the word names, any regional name (نونبر, نوفمبر → #month11); undefined for other words. */
  readonly monthKey: string | undefined;
  /** What the stem fields are indexed and searched with: the stems or readings, then the month key. */
  readonly stemFieldTerms: readonly string[];
  /** What the root fields are indexed and searched with: the marked root of a complete word (مدارس → √درس); empty for a half-typed word or one no pattern fits. */
  readonly rootTerms: readonly string[];
}

/** Puts an analysis together; the stem fields take stems or readings first, then the month key; the root fields the stems' root. */
function wordAnalysis(surface: string, stems: readonly string[], readings: readonly string[], monthKey: string | undefined): WordAnalysis {
  const stemFieldTerms = [...stems, ...readings];
  if (monthKey !== undefined) stemFieldTerms.push(monthKey);
  return { surface, stems, readings, monthKey, stemFieldTerms, rootTerms: rootTermsOf(stems) };
}

/** A token of the original text with its analysis (null for stop words and words that normalise to nothing). */
export interface AnalyzedToken extends Token {
  readonly analysis: WordAnalysis | null;
}

const CONJUNCTIONS = ['و', 'ف'];

/** A stop word with a conjunction attached (وفي, ومن, فهو) is still a stop word. */
function isStopWordWithConjunction(surface: string): boolean {
  return CONJUNCTIONS.some((conjunction) => surface.startsWith(conjunction) && isStopWord(surface.slice(1)));
}

/** The month key of a word written with or without clitics (بنونبر, وجانفي). */
function monthKeyOf(surface: string): string | undefined {
  for (const reading of [surface, ...stripProclitics(surface)]) {
    const key = monthKeyOfWord(reading);
    if (key !== undefined) return key;
  }
  return undefined;
}

/**
 * The month key of two adjacent words that name a month together (the
 * Levantine تشرين الثاني, كانون الأول), clitics allowed on the first.
 *
 * @example analyzeWordPair('وتشرين', 'الثاني') === '#month11'
 */
export function analyzeWordPair(first: string, second: string): string | undefined {
  const secondSurface = normalizeWord(second);
  if (!canEndMonthPair(secondSurface)) return undefined;
  const firstSurface = normalizeWord(first);
  for (const reading of [firstSurface, ...stripProclitics(firstSurface)]) {
    const key = monthKeyOfPair(reading, secondSurface);
    if (key !== undefined) return key;
  }
  return undefined;
}

const MEMO_LIMIT = 100_000;
/** Longer raw words (hostile queries, runs of marks) are analysed but not kept: they would fill the memo with garbage. */
const MAX_MEMO_WORD_LENGTH = 128;
const memo = new Map<string, WordAnalysis | null>();

function analyzeUncached(word: string): WordAnalysis | null {
  const surface = normalizeWord(word);
  if (surface.length === 0 || surface.length > MAX_TERM_LENGTH) return null;
  if (isStopWord(surface) || isStopWordWithConjunction(surface)) return null;
  return wordAnalysis(surface, stemWord(surface), [], monthKeyOf(surface));
}

/**
 * Analyses one word as written. Results are memoised: a corpus repeats its
 * words, and a worker isolate answers many queries over the same articles.
 *
 * @example analyzeWord('بالمغرب') → { surface: 'بالمغرب', stems: ['مغرب'], readings: [], monthKey: undefined, stemFieldTerms: ['مغرب'], rootTerms: ['√غرب'] }
 * @example analyzeWord('فِي') → null (a stop word)
 */
export function analyzeWord(word: string): WordAnalysis | null {
  const cached = memo.get(word);
  if (cached !== undefined) return cached;
  const analysis = analyzeUncached(word);
  if (word.length > MAX_MEMO_WORD_LENGTH) return analysis;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, analysis);
  return analysis;
}

/**
 * Analyses a word the reader is still typing: normalised and stripped of
 * proclitics, but never suffix-stemmed or dropped as a stop word, since its
 * end is not written yet (في may become فيلم). A prefix that is nothing but
 * clitics (ال, وال, بال) says nothing yet: it would match most of the index.
 */
export function analyzePrefix(word: string): WordAnalysis | null {
  const surface = normalizeWord(word);
  if (surface.length === 0 || surface.length > MAX_TERM_LENGTH || isOnlyProclitics(surface)) return null;
  return wordAnalysis(surface, [], stripProclitics(surface), monthKeyOf(surface));
}

/**
 * The cross-script keys of an analysed word, so a name typed in Latin letters
 * finds it written in Arabic and back: the Latin word's key, or the keys of the
 * Arabic word's readings without clitics.
 *
 * @example transliterationKeys(analyzeWord('بلافروف')!) includes transliterationKeys(analyzeWord('Lavrov')!)[0]
 */
export function transliterationKeys(analysis: WordAnalysis): string[] {
  const latin = latinKey(analysis.surface);
  if (latin !== undefined) return [latin];
  const keys = stripProclitics(analysis.surface).map(arabicKey);
  return [...new Set(keys.filter((key): key is string => key !== undefined))];
}

/**
 * The keys a Latin query word looks up among the indexed keys: its own, and
 * its Arabic readings (short vowels unwritten). An Arabic query word has none:
 * its own spelling is searched.
 *
 * @example latinQueryKeys(analyzeWord('Rabat')!) includes transliterationKeys(analyzeWord('الرباط')!)[0]
 */
export function latinQueryKeys(analysis: WordAnalysis): string[] {
  return latinKeyReadings(analysis.surface);
}

/** Tokenises text and analyses every token, keeping offsets into the original. */
export function analyzeText(text: string): AnalyzedToken[] {
  return tokenize(text).map((token) => ({ ...token, analysis: analyzeWord(token.text) }));
}
