// Transliteration keys: a normalised Arabic or Latin word → its consonant-and-vowel-slot key, by the tables in transliteration-rules.ts.

import {
  ARABIC_KEY_RULES,
  LATIN_KEY_RULES,
  MAX_DROPPED_VOWEL_SLOTS,
  MIN_KEY_LENGTH,
  MIN_UNVOWELLED_CONSONANTS,
  VOWEL_SLOT,
} from './transliteration-rules';

const ARABIC_KEYS = new Map(ARABIC_KEY_RULES.flatMap((rule) => rule.from.map((letter) => [letter, rule.to] as const)));
const LATIN_GROUPS = LATIN_KEY_RULES.flatMap((rule) => rule.from.map((group) => [group, rule.to] as const)).sort((a, b) => b[0].length - a[0].length);
const ARABIC_WORD = /^[\u0621-\u064a]+$/;
const LATIN_WORD = /^[a-z]+$/;

/** Doubled consonants are one sound (Tebboune, تبون), and adjacent vowel slots one slot (Kairouan, القيروان). */
function collapseRepeats(key: string): string {
  return key.replace(/(.)\1+/g, '$1');
}

/** Marks a key, so it can never equal a word's own normalised form. */
const KEY_MARK = '~';

function consonantCount(key: string): number {
  return [...key].filter((letter) => letter !== VOWEL_SLOT).length;
}

/** The collapsed key, marked, or undefined when it has too few consonants to tell names apart. */
function keep(key: string): string | undefined {
  const collapsed = collapseRepeats(key);
  return consonantCount(collapsed) >= MIN_KEY_LENGTH ? `${KEY_MARK}${collapsed}` : undefined;
}

/** True for a cross-script key (~lafraf), as opposed to a word's form or stem. */
export function isTransliterationKey(term: string): boolean {
  return term.startsWith(KEY_MARK);
}

/**
 * The key of a normalised Arabic word without its clitics. A final heh (teh
 * marbuta) is dropped: Latin spellings end the word on its vowel (Sousse).
 *
 * @example arabicKey('لافروف') === '~lafraf'
 */
export function arabicKey(word: string): string | undefined {
  if (!ARABIC_WORD.test(word)) return undefined;
  const letters = [...word.replace(/ه$/, '')].map((letter) => ARABIC_KEYS.get(letter) ?? '');
  return keep(letters.join(''));
}

/** The key letters of a normalised Latin word, before collapsing and marking. */
function latinLetters(word: string): string {
  let key = '';
  for (let index = 0; index < word.length; ) {
    const match = LATIN_GROUPS.find(([group]) => word.startsWith(group, index));
    key += match === undefined ? word[index] : match[1];
    index += match === undefined ? 1 : match[0].length;
  }
  return key;
}

/** The key of a normalised Latin word (lowercase, accents removed) as written: every vowel slot kept. */
export function latinKey(word: string): string | undefined {
  if (!LATIN_WORD.test(word)) return undefined;
  return keep(latinLetters(word));
}

/**
 * The keys a Latin query word may stand for in Arabic script: its key with any
 * of its vowel slots dropped, since Arabic leaves short vowels unwritten. A
 * key of few consonants keeps at least one vowel (MIN_UNVOWELLED_CONSONANTS).
 *
 * @example latinKeyReadings('rabat') → ['~rabat', '~rbat', '~rabt']
 */
export function latinKeyReadings(word: string): string[] {
  const written = latinKey(word);
  if (written === undefined) return [];
  const letters = [...written.slice(KEY_MARK.length)];
  const slots = letters.flatMap((letter, position) => (letter === VOWEL_SLOT ? [position] : []));
  const mayDropAll = consonantCount(letters.join('')) >= MIN_UNVOWELLED_CONSONANTS;
  const droppable =
    slots.length > MAX_DROPPED_VOWEL_SLOTS ? [0, 2 ** slots.length - 1] : Array.from({ length: 2 ** slots.length }, (_, mask) => mask);
  const readings = new Set<string>();
  for (const mask of droppable) {
    if (mask === 2 ** slots.length - 1 && slots.length > 0 && !mayDropAll) continue;
    const dropped = new Set(slots.filter((_, bit) => (mask >> bit) & 1));
    const key = keep(letters.filter((_, position) => !dropped.has(position)).join(''));
    if (key !== undefined) readings.add(key);
  }
  return [...readings];
}
