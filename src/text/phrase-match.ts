// Phrase matching: where a quoted phrase stands in a stored text, word by word after normalisation and clitic stripping.

import { analyzePrefix, analyzeWord } from '../analysis/pipeline';
import { tokenize } from '../analysis/tokenize';

/** A word of a phrase, as the query parser gives it: only its normalised form matters here. */
export interface PhraseWord {
  readonly analysis: { readonly surface: string };
}

/** One occurrence of a phrase in the original text, from its first word's start to its last word's end. */
export interface PhraseSpan {
  readonly start: number;
  readonly end: number;
}

const READINGS_LIMIT = 50_000;
const readingsMemo = new Map<string, ReadonlySet<string>>();

/**
 * A word's normalised form, its readings with proclitics removed (بمنتدى →
 * بمنتدي, منتدي) and its month key (نونبر and نوفمبر are one word here);
 * memoised, as texts repeat words.
 */
function readingsOf(surface: string): ReadonlySet<string> {
  let readings = readingsMemo.get(surface);
  if (readings === undefined) {
    const unstemmed = analyzePrefix(surface);
    const all = new Set([surface, ...(unstemmed?.readings ?? [])]);
    if (unstemmed?.monthKey !== undefined) all.add(unstemmed.monthKey);
    readings = all;
    if (readingsMemo.size >= READINGS_LIMIT) readingsMemo.clear();
    readingsMemo.set(surface, readings);
  }
  return readings;
}

function sameWord(surface: string, wanted: ReadonlySet<string>): boolean {
  if (wanted.has(surface)) return true;
  const readings = readingsOf(surface);
  for (const reading of wanted) if (readings.has(reading)) return true;
  return false;
}

/** Phrases longer than this are not matched word by word (a query holds at most 8 words anyway). */
const MAX_PHRASE_WORDS = 30;

/**
 * Finds one phrase in texts. Built once per query and reused for every
 * candidate text: it remembers, per normalised word, which phrase positions
 * that word can fill, so scanning a text costs a memo lookup per word.
 */
export class PhraseMatcher {
  private readonly wanted: readonly ReadonlySet<string>[];
  private readonly positionsBySurface = new Map<string, number>();

  constructor(phrase: readonly PhraseWord[]) {
    this.wanted = phrase.slice(0, MAX_PHRASE_WORDS).map((word) => readingsOf(word.analysis.surface));
  }

  /** Bit i is set when this word can stand at position i of the phrase. */
  private positionsOf(surface: string): number {
    let positions = this.positionsBySurface.get(surface);
    if (positions === undefined) {
      let bits = 0;
      this.wanted.forEach((readings, index) => {
        if (sameWord(surface, readings)) bits |= 1 << index;
      });
      positions = bits;
      this.positionsBySurface.set(surface, positions);
    }
    return positions;
  }

  /** Reports each occurrence, in order, until `found` returns true. */
  private scan(text: string, found: (span: PhraseSpan) => boolean): void {
    const length = this.wanted.length;
    if (length === 0) return;
    // The last `length` words the index knows (stop words skipped): their phrase positions and start offsets.
    const positions = new Int32Array(length);
    const starts = new Int32Array(length);
    let seen = 0;
    for (const token of tokenize(text)) {
      const analysis = analyzeWord(token.text);
      if (analysis === null) continue;
      positions[seen % length] = this.positionsOf(analysis.surface);
      starts[seen % length] = token.start;
      seen++;
      if (seen < length || (positions[(seen - 1) % length]! & (1 << (length - 1))) === 0) continue;
      let holds = true;
      for (let offset = 0; offset < length - 1 && holds; offset++) {
        holds = (positions[(seen - length + offset) % length]! & (1 << offset)) !== 0;
      }
      if (holds && found({ start: starts[(seen - length) % length]!, end: token.end })) return;
    }
  }

  /** Every place where the phrase's words stand one after the other. */
  spans(text: string): PhraseSpan[] {
    const spans: PhraseSpan[] = [];
    this.scan(text, (span) => {
      spans.push(span);
      return false;
    });
    return spans;
  }

  /** Whether the phrase stands anywhere in the text; stops at the first occurrence. */
  holds(text: string): boolean {
    let held = false;
    this.scan(text, () => (held = true));
    return held;
  }
}

/**
 * Every place where the phrase's words stand one after the other. Stop words
 * are skipped on both sides, so "سوق في القيصرية" holds the phrase
 * "سوق القيصرية"; clitics and diacritics do not matter, so "بمنتدى التعاون"
 * holds "منتدى التعاون".
 */
export function findPhraseSpans(text: string, phrase: readonly PhraseWord[]): PhraseSpan[] {
  return new PhraseMatcher(phrase).spans(text);
}
