// Transliteration keys: a normalised Arabic or Latin word → its consonant key, by the tables in transliteration-rules.ts.

import { ARABIC_KEY_RULES, LATIN_KEY_RULES, MIN_KEY_LENGTH } from './transliteration-rules';

const ARABIC_KEYS = new Map(ARABIC_KEY_RULES.flatMap((rule) => rule.from.map((letter) => [letter, rule.to] as const)));
const LATIN_GROUPS = LATIN_KEY_RULES.flatMap((rule) => rule.from.map((group) => [group, rule.to] as const)).sort((a, b) => b[0].length - a[0].length);
const ARABIC_WORD = /^[\u0621-\u064a]+$/;
const LATIN_WORD = /^[a-z]+$/;

/** Doubled consonants are one sound (Tebboune, تبون). */
function collapseRepeats(key: string): string {
  return key.replace(/(.)\1+/g, '$1');
}

/** Marks a consonant key, so it can never equal a word's own normalised form. */
const KEY_MARK = '~';

function keep(key: string): string | undefined {
  const collapsed = collapseRepeats(key);
  return collapsed.length >= MIN_KEY_LENGTH ? `${KEY_MARK}${collapsed}` : undefined;
}

/** True for a cross-script key (~lfrf), as opposed to a word's form or stem. */
export function isTransliterationKey(term: string): boolean {
  return term.startsWith(KEY_MARK);
}

/**
 * The key of a normalised Arabic word without its clitics. A final heh (teh
 * marbuta) is dropped: Latin spellings end the word on its vowel (Sousse).
 *
 * @example arabicKey('لافروف') === latinKey('lavrov') // '~lfrf'
 */
export function arabicKey(word: string): string | undefined {
  if (!ARABIC_WORD.test(word)) return undefined;
  const letters = [...word.replace(/ه$/, '')].map((letter) => ARABIC_KEYS.get(letter) ?? '');
  return keep(letters.join(''));
}

/** The key of a normalised Latin word (lowercase, accents removed). */
export function latinKey(word: string): string | undefined {
  if (!LATIN_WORD.test(word)) return undefined;
  let key = '';
  for (let index = 0; index < word.length; ) {
    const match = LATIN_GROUPS.find(([group]) => word.startsWith(group, index));
    if (match) {
      key += match[1];
      index += match[0].length;
    } else {
      key += word[index] === 'h' ? 'h' : word[index];
      index += 1;
    }
  }
  return keep(key);
}
