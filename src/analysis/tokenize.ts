// Tokeniser: original text → word tokens that keep their UTF-16 offsets, so highlights land on what the reader sees.

/** A word as it stands in the original text: `text === original.slice(start, end)`. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

enum CharacterClass {
  Separator,
  Arabic,
  /** Digits and non-Arabic letters: they stay together, as in "5G" or "COVID19". */
  Other,
  /** Combining marks and invisible format characters belong to the word they sit in. */
  Attached,
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const MARK_OR_FORMAT = /[\p{M}\p{Cf}]/u;

function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x0621 && code <= 0x064a) ||
    code === 0x066e ||
    code === 0x066f ||
    (code >= 0x0671 && code <= 0x06d3) ||
    code === 0x06d5 ||
    code === 0x06ee ||
    code === 0x06ef ||
    (code >= 0x06fa && code <= 0x06fc) ||
    code === 0x06ff ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08c9) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefc)
  );
}

/** Control characters that are not whitespace: invisible, so they belong to the word they sit in (normalisation drops them). */
export function isInvisibleControl(code: number): boolean {
  return code <= 0x08 || (code >= 0x0e && code <= 0x1f) || (code >= 0x7f && code <= 0x9f);
}

function classify(character: string, code: number): CharacterClass {
  if (isInvisibleControl(code)) return CharacterClass.Attached;
  if (code < 0x80) {
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
      return CharacterClass.Other;
    }
    return CharacterClass.Separator;
  }
  if (isArabicLetter(code)) return CharacterClass.Arabic;
  if (LETTER_OR_NUMBER.test(character)) return CharacterClass.Other;
  if (MARK_OR_FORMAT.test(character)) return CharacterClass.Attached;
  return CharacterClass.Separator;
}

/** Classes of BMP code units, filled on first sight (0 = not yet known, else class + 1): the regex tests run once per character. */
const BMP_CLASSES = new Uint8Array(0x10000);

function classOfUnit(code: number): CharacterClass {
  let known = BMP_CLASSES[code]!;
  if (known === 0) {
    known = classify(String.fromCharCode(code), code) + 1;
    BMP_CLASSES[code] = known;
  }
  return known - 1;
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/**
 * Reads the words of a text one at a time, without building an array or a
 * string per word: after each `next()` that returns true, the word is
 * `text.slice(start, end)`. It yields exactly the tokens tokenize() returns,
 * so a caller that needs only the opening of a long text stops early.
 *
 * @example const words = new WordScanner('قال لافروف'); words.next(); [words.start, words.end] → [0, 3]
 */
export class WordScanner {
  /** Offsets of the current word, valid after next() returned true. */
  start = 0;
  end = 0;
  private position: number;
  /** A word already begun when the previous one ended (Arabic directly after Latin or digits), else -1. */
  private pendingStart = -1;
  private pendingClass = CharacterClass.Separator;

  /**
   * Starts at `from`, which must be 0 or directly follow a separator (a
   * character outside every word): there a word can only begin, never continue.
   */
  constructor(
    private readonly text: string,
    from = 0,
  ) {
    this.position = from;
  }

  /** Restarts at `from`, which must be a place a scan may start (see the constructor and safeStart). */
  seek(from: number): void {
    this.position = from;
    this.pendingStart = -1;
    this.pendingClass = CharacterClass.Separator;
  }

  /** Moves to the next word; false at the end of the text. */
  next(): boolean {
    const { text } = this;
    let start = this.pendingStart;
    let currentClass = this.pendingClass;
    let index = this.position;
    while (index < text.length) {
      const unit = text.charCodeAt(index);
      let width = 1;
      let characterClass: CharacterClass;
      if (isSurrogate(unit)) {
        const code = text.codePointAt(index)!;
        width = code > 0xffff ? 2 : 1;
        characterClass = classify(text.slice(index, index + width), code);
      } else {
        characterClass = classOfUnit(unit);
      }
      if (characterClass === CharacterClass.Attached) {
        index += width;
        continue;
      }
      if (characterClass !== currentClass) {
        const wordStart = start;
        start = characterClass === CharacterClass.Separator ? -1 : index;
        currentClass = characterClass;
        if (wordStart >= 0) return this.emit(wordStart, index, start, currentClass, index + width);
      }
      index += width;
    }
    this.position = index;
    this.pendingStart = -1;
    this.pendingClass = CharacterClass.Separator;
    if (start < 0) return false;
    this.start = start;
    this.end = text.length;
    return true;
  }

  private emit(start: number, end: number, pendingStart: number, pendingClass: CharacterClass, position: number): boolean {
    this.start = start;
    this.end = end;
    this.pendingStart = pendingStart;
    this.pendingClass = pendingClass;
    this.position = position;
    return true;
  }

  /**
   * The nearest offset at or before `offset` where a scan may start (0, or
   * just after a separator). Scanning from it and skipping words that start
   * before `offset` gives the words tokenize() would give from there.
   */
  static safeStart(text: string, offset: number): number {
    let index = Math.min(offset, text.length);
    while (index > 0) {
      const unit = text.charCodeAt(index - 1);
      if (!isSurrogate(unit) && classOfUnit(unit) === CharacterClass.Separator) return index;
      index--;
    }
    return 0;
  }
}

/**
 * Splits text into words: runs of Arabic letters, or runs of digits and other
 * letters, each with the marks and invisible characters inside it. Arabic and
 * non-Arabic runs are separate words, so "٢٠٢٣م" gives "٢٠٢٣" and "م".
 *
 * @example tokenize('قال لافروف') → [{ text: 'قال', start: 0, end: 3 }, { text: 'لافروف', start: 4, end: 10 }]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const words = new WordScanner(text);
  while (words.next()) tokens.push({ text: text.slice(words.start, words.end), start: words.start, end: words.end });
  return tokens;
}
