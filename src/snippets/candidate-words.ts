// Candidate words: the words of a text that may stand for a matched term, in text order, found by native regex scans instead of reading every word.

import { WordScanner } from '../analysis/tokenize';
import { ANY_LETTER, ASCII_WORDS, nextOtherCharacter, termPattern } from './candidate-patterns';

const PATTERN_LIMIT = 4_096;
/**
 * Past this many patterns reading every word is cheaper: each pattern is a
 * scan of the text at about a nanosecond a character, while reading and
 * analysing every word costs some thirty times that.
 */
export const MAX_PATTERNS = 16;
/** Stands for "every word is a candidate" (a one-letter term): never run. */
const EVERY_WORD = /(?:)/g;
/** Term → its compiled pattern (null: ASCII words), kept across queries, since compiling costs more than a scan. */
const compiled = new Map<string, RegExp | null>();

function compiledPattern(term: string): RegExp | null {
  let pattern = compiled.get(term);
  if (pattern === undefined) {
    const source = termPattern(term);
    pattern = source === undefined ? null : source === ANY_LETTER ? EVERY_WORD : new RegExp(source, 'g');
    if (compiled.size >= PATTERN_LIMIT) compiled.clear();
    compiled.set(term, pattern);
  }
  return pattern;
}

/**
 * The regexes whose hits, with nextOtherCharacter's, include every word able
 * to stand for one of `terms`; undefined when reading every word is cheaper.
 */
function patternsFor(terms: Iterable<string>): RegExp[] | undefined {
  const patterns = new Set<RegExp>();
  for (const term of terms) {
    const pattern = compiledPattern(term) ?? ASCII_WORDS;
    if (pattern === EVERY_WORD) return undefined;
    patterns.add(pattern);
    if (patterns.size > MAX_PATTERNS) return undefined;
  }
  return [...patterns];
}

/** The words of a text one at a time: `text.slice(start, end)` after each next() that returns true. */
export interface WordWalk {
  readonly start: number;
  readonly end: number;
  next(): boolean;
}

/** The words of `text` that may stand for one of `terms`: the candidates, or every word when that is cheaper to read. */
export function candidateWords(text: string, terms: Iterable<string>): WordWalk {
  const patterns = patternsFor(terms);
  return patterns === undefined ? new WordScanner(text) : new CandidateWords(text, patterns);
}

/** A source of hits in a text, read one ahead: `next` is an offset inside a hit (Infinity when none is left). */
interface HitStream {
  next: number;
  /** Moves to the first hit ending after `from`. */
  advance(from: number): void;
}

/** A regex's hits. Patterns are shared across texts, so lastIndex is set before every test. */
class PatternHits implements HitStream {
  next = -1;

  constructor(
    private readonly pattern: RegExp,
    private readonly text: string,
  ) {}

  advance(from: number): void {
    this.pattern.lastIndex = from;
    // A hit lies inside one word (letters and harakat only), so its last character, unlike its start, costs no match object to know.
    this.next = this.pattern.test(this.text) ? this.pattern.lastIndex - 1 : Infinity;
  }
}

/** Characters that make their word a candidate for any term. */
class OtherCharacters implements HitStream {
  next = -1;

  constructor(private readonly text: string) {}

  advance(from: number): void {
    const next = nextOtherCharacter(this.text, from);
    this.next = next < this.text.length ? next : Infinity;
  }
}

/**
 * Walks the candidate words of a text: after each next() that returns true,
 * `text.slice(start, end)` is a word (exactly as tokenize() cuts it) that one
 * of the patterns (or nextOtherCharacter) hit. With patternsFor()'s patterns,
 * every word that can analyse to one of the terms is among them; most
 * others are skipped unread.
 */
class CandidateWords implements WordWalk {
  start = 0;
  end = 0;
  private position = 0;
  private readonly streams: HitStream[];
  private readonly words: WordScanner;

  constructor(
    private readonly text: string,
    patterns: readonly RegExp[],
  ) {
    this.streams = [new OtherCharacters(text), ...patterns.map((pattern) => new PatternHits(pattern, text))];
    for (const stream of this.streams) stream.advance(0);
    this.words = new WordScanner(text);
  }

  next(): boolean {
    for (;;) {
      const hit = this.nearestHit();
      if (hit === Infinity) return false;
      const found = this.wordAt(hit);
      this.position = found ? this.end : hit + 1;
      if (found) return true;
    }
  }

  /** The first hit at or after the current position, over all streams. */
  private nearestHit(): number {
    let nearest = Infinity;
    for (const stream of this.streams) {
      if (stream.next < this.position) stream.advance(this.position);
      if (stream.next < nearest) nearest = stream.next;
    }
    return nearest;
  }

  /** Sets start/end to the word holding offset `at`; false when `at` lies between words. */
  private wordAt(at: number): boolean {
    this.words.seek(WordScanner.safeStart(this.text, at));
    while (this.words.next()) {
      if (this.words.start > at) return false;
      if (this.words.end > at) {
        this.start = this.words.start;
        this.end = this.words.end;
        return true;
      }
    }
    return false;
  }
}
