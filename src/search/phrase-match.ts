// Phrase matching: where a quoted phrase stands in a stored text, word by word after normalisation and clitic stripping.

import { analyzePrefix, analyzeText } from '../analysis/pipeline';
import type { QueryWord } from '../query/parse-query';

/** One occurrence of a phrase in the original text, from its first word's start to its last word's end. */
export interface PhraseSpan {
  readonly start: number;
  readonly end: number;
}

interface ComparableWord {
  readonly start: number;
  readonly end: number;
  readonly surface: string;
}

const READINGS_LIMIT = 50_000;
const readingsMemo = new Map<string, ReadonlySet<string>>();

/** A word's normalised form and its readings with proclitics removed (بمنتدى → بمنتدي, منتدي); memoised, as texts repeat words. */
function readingsOf(surface: string): ReadonlySet<string> {
  let readings = readingsMemo.get(surface);
  if (readings === undefined) {
    readings = new Set([surface, ...(analyzePrefix(surface)?.stems ?? [])]);
    if (readingsMemo.size >= READINGS_LIMIT) readingsMemo.clear();
    readingsMemo.set(surface, readings);
  }
  return readings;
}

function sameWord(word: ComparableWord, wanted: ReadonlySet<string>): boolean {
  if (wanted.has(word.surface)) return true;
  const readings = readingsOf(word.surface);
  for (const reading of wanted) if (readings.has(reading)) return true;
  return false;
}

/** The text's words that the index knows (stop words skipped, as in the phrase). */
function comparableWords(text: string): ComparableWord[] {
  const words: ComparableWord[] = [];
  for (const token of analyzeText(text)) {
    if (token.analysis !== null) words.push({ start: token.start, end: token.end, surface: token.analysis.surface });
  }
  return words;
}

/**
 * Every place where the phrase's words stand one after the other. Stop words
 * are skipped on both sides, so "سوق في القيصرية" holds the phrase
 * "سوق القيصرية"; clitics and diacritics do not matter, so "بمنتدى التعاون"
 * holds "منتدى التعاون".
 */
export function findPhraseSpans(text: string, phrase: readonly QueryWord[]): PhraseSpan[] {
  if (phrase.length === 0) return [];
  const wanted = phrase.map((word) => readingsOf(word.analysis.surface));
  const words = comparableWords(text);
  const spans: PhraseSpan[] = [];
  for (let first = 0; first + wanted.length <= words.length; first++) {
    if (wanted.every((readings, offset) => sameWord(words[first + offset]!, readings))) {
      spans.push({ start: words[first]!.start, end: words[first + wanted.length - 1]!.end });
    }
  }
  return spans;
}
