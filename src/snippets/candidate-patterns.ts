// Candidate patterns: for each matched term, a regex that finds every word able to stand for it, so snippets analyse those words only.
//
// Why no matching word is missed. A word holding a character outside PLAIN
// (basic Arabic letters and harakat), ASCII letters and digits and known
// separators is always a candidate (nextOtherCharacter). A word of ASCII letters
// and digits (and harakat) has no Arabic letter in its normal form, so it
// can only stand for a term with none: ASCII_WORDS is searched whenever such
// a term is matched. A word of PLAIN characters normalises character by
// character (the hamza seat that CONTEXT_RULES rewrites and the marks NFKC
// composes with a letter lie outside PLAIN), and every term it yields keeps
// its normal form's letters but the last in one run (stems only cut clitics
// and suffixes and may rewrite the final letter), or is a month key coming
// from a month name written whole, or is a root whose letters stand in the
// normal form in order, others between them (مدارس → √درس; the last may be
// rewritten like a stem's). termPattern() looks for that run in the
// raw text, letter by letter through their spellings, harakat and tatweel
// allowed between. tests/snippets/candidate-words.test.ts checks each step, and
// tests/snippets/candidate-patterns.test.ts compares the words marked with a
// scan of every word, over the sample corpus and random text.

import { monthKey } from '../analysis/month-keys';
import { MONTH_NAMES } from '../analysis/month-names';
import { normalizeWord } from '../analysis/normalize';
import { isRootTerm, rootLettersOf } from '../analysis/root';
import { isInvisibleControl } from '../analysis/tokenize';
import { isTransliterationKey } from '../analysis/transliterate';

/** U+0621–0652: hamza, the basic letters, tatweel and the harakat up to sukun; yeh with hamza above is left out (CONTEXT_RULES). */
function plainCharacters(): string[] {
  const characters: string[] = [];
  for (let code = 0x0621; code <= 0x0652; code++) {
    const character = String.fromCharCode(code);
    if (code !== 0x0626 && normalizeWord(character).length <= 1) characters.push(character);
  }
  return characters;
}

export const PLAIN = plainCharacters();

/** Characters that never belong to a word (tokenize's separators) and are common in articles: they need no attention. */
export const SEPARATORS = [...' \t\n\r\u00a0!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', ...'،؛؟٪٫٬۔«»“”„‘’–—…•·'];

/** Plain character → its normal form ('' for harakat and tatweel). */
const NORMAL_FORM = new Map(PLAIN.map((character) => [character, normalizeWord(character)]));

function escapeForClass(characters: Iterable<string>): string {
  return [...characters].map((character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
}

const IGNORED = `[${escapeForClass(PLAIN.filter((character) => NORMAL_FORM.get(character) === ''))}]*`;

/** Normalised letter → a class of the plain characters that normalise to it. */
const SPELLINGS = new Map<string, string>();
for (const letter of new Set(NORMAL_FORM.values())) {
  if (letter === '') continue;
  SPELLINGS.set(letter, `[${escapeForClass(PLAIN.filter((character) => NORMAL_FORM.get(character) === letter))}]`);
}

/** Any run of plain characters, letters and harakat alike: what may stand between a root's letters. */
const ANY_PLAIN_RUN = `[${escapeForClass(PLAIN)}]*`;

/** Hits every plain word: a term this short or vague leaves nothing to look for. */
export const ANY_LETTER = `[${escapeForClass(PLAIN.filter((character) => NORMAL_FORM.get(character) !== ''))}]`;

/** A raw run of plain characters whose normal form is `letters`, or undefined when a letter has no plain spelling. */
function spelledRun(letters: string): string | undefined {
  const parts: string[] = [];
  for (const letter of letters) {
    const spellings = SPELLINGS.get(letter);
    if (spellings === undefined) return undefined;
    parts.push(spellings);
  }
  return parts.join(IGNORED);
}

/** Month key → the spelled runs of its one-word names. */
const MONTH_PATTERNS = new Map<string, string>();
for (const row of MONTH_NAMES) {
  const runs = row.names.map(([name]) => spelledRun(normalizeWord(name)) ?? ANY_LETTER);
  MONTH_PATTERNS.set(monthKey(row.month), runs.length === 0 ? ANY_LETTER : runs.join('|'));
}

/**
 * 1 for each character that needs no attention of its own: plain Arabic, ASCII
 * (letters, digits and separators, but not the control characters a word keeps
 * inside it) and the listed separators.
 */
const QUIET = new Uint8Array(0x10000);
for (let code = 0; code < 0x80; code++) QUIET[code] = isInvisibleControl(code) ? 0 : 1;
for (const character of [...PLAIN, ...SEPARATORS]) QUIET[character.charCodeAt(0)] = 1;

/**
 * The offset of the first character at or after `from` that is neither plain
 * Arabic, ASCII nor a listed separator (text.length when none): a word
 * holding one is a candidate for any term. A loop, as a regex over so large a
 * class is several times slower.
 */
export function nextOtherCharacter(text: string, from: number): number {
  for (let index = from; index < text.length; index++) if (QUIET[text.charCodeAt(index)] === 0) return index;
  return text.length;
}

/** Words of ASCII letters and digits. */
export const ASCII_WORDS = /[0-9A-Za-z]/g;

/** A root's letters but the last, in order with any plain characters between (√درس: د, then ر, as in مدارس). */
function rootPattern(letters: string): string {
  const runs = [...letters.slice(0, -1)].map((letter) => spelledRun(letter));
  return runs.some((run) => run === undefined) ? ANY_LETTER : runs.join(ANY_PLAIN_RUN);
}

/**
 * Where a plain word able to stand for `term` may be: the spelled run of its
 * letters but the last (any letter for a one-letter term or a cross-script
 * key), its month's names for a month key, its first root letters for a
 * root, undefined when no plain word can stand for it (it has no Arabic
 * letter), so ASCII_WORDS and nextOtherCharacter must find its words.
 */
export function termPattern(term: string): string | undefined {
  // A cross-script key (Lavrov → ~lafraf) stands for Arabic words of many spellings: every word is a candidate.
  if (isTransliterationKey(term)) return ANY_LETTER;
  const month = MONTH_PATTERNS.get(term);
  if (month !== undefined) return month;
  if (isRootTerm(term)) return rootPattern(rootLettersOf(term));
  if (spelledRun(term) === undefined) return undefined;
  return term.length <= 1 ? ANY_LETTER : spelledRun(term.slice(0, -1));
}
