// Tokeniser: original text → word tokens that keep their UTF-16 offsets, so highlights land on what the reader sees.

/** A word as it stands in the original text: `text === original.slice(start, end)`. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const enum CharacterClass {
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

function classify(character: string, code: number): CharacterClass {
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

/**
 * Splits text into words: runs of Arabic letters, or runs of digits and other
 * letters, each with the marks and invisible characters inside it. Arabic and
 * non-Arabic runs are separate words, so "٢٠٢٣م" gives "٢٠٢٣" and "م".
 *
 * @example tokenize('قال لافروف') → [{ text: 'قال', start: 0, end: 3 }, { text: 'لافروف', start: 4, end: 10 }]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  let currentClass = CharacterClass.Separator;
  let index = 0;
  while (index < text.length) {
    const code = text.codePointAt(index)!;
    const width = code > 0xffff ? 2 : 1;
    const characterClass = classify(width === 1 ? text[index]! : text.slice(index, index + 2), code);
    if (characterClass === CharacterClass.Attached) {
      index += width;
      continue;
    }
    if (characterClass !== currentClass) {
      if (start >= 0) tokens.push({ text: text.slice(start, index), start, end: index });
      start = characterClass === CharacterClass.Separator ? -1 : index;
      currentClass = characterClass;
    }
    index += width;
  }
  if (start >= 0) tokens.push({ text: text.slice(start, text.length), start, end: text.length });
  return tokens;
}
