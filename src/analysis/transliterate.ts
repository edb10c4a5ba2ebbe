// Transliteration keys: a normalised Arabic or Latin word → its consonant-and-vowel-slot key, by the tables in transliteration-rules.ts.

import {
  ARABIC_KEY_RULES,
  GLOTTAL,
  INITIAL_VOWEL_SEATS,
  KEY_VOWELS,
  LATIN_KEY_RULES,
  LATIN_VOWEL_RULES,
  MAX_KEY_READINGS,
  MIN_KEY_LENGTH,
  MIN_UNVOWELLED_CONSONANTS,
} from './transliteration-rules';

const ARABIC_KEYS = new Map(ARABIC_KEY_RULES.flatMap((rule) => rule.from.map((letter) => [letter, rule.to] as const)));
/** Every Latin letter group, longest first: a consonant's key letters, or a vowel's possible spellings in Arabic. */
const LATIN_GROUPS: readonly (readonly [string, { consonant: string } | { vowels: readonly string[] }])[] = [
  ...LATIN_KEY_RULES.flatMap((rule) => rule.from.map((group) => [group, { consonant: rule.to }] as const)),
  ...LATIN_VOWEL_RULES.flatMap((rule) => rule.from.map((group) => [group, { vowels: rule.to }] as const)),
].sort((a, b) => b[0].length - a[0].length);
const ARABIC_WORD = /^[\u0621-\u064a]+$/;
const LATIN_WORD = /^[a-z]+$/;

/** Doubled letters are one sound (Tebboune, تبون; Saad, سعد). */
function collapseRepeats(key: string): string {
  return key.replace(/(.)\1+/g, '$1');
}

/** Marks a key, so it can never equal a word's own normalised form. */
const KEY_MARK = '~';

function consonantCount(key: string): number {
  return [...key].filter((letter) => !KEY_VOWELS.has(letter)).length;
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
  // Hamza or ain beside a written vowel is not spelt apart in Latin: سعاد is Souad, اسماعيل Ismail.
  const spelt = letters.filter(
    (letter, index) => letter !== GLOTTAL || !(KEY_VOWELS.has(letters[index - 1] ?? '') || KEY_VOWELS.has(letters[index + 1] ?? '')),
  );
  return keep(spelt.join(''));
}

/** One sound of a Latin word: a consonant's key letters, or the Arabic vowels a vowel group may be written as. */
type LatinSound = { readonly consonant: string } | { readonly vowels: readonly string[] };

/** A normalised Latin word as its sounds, letter groups matched longest first. */
function latinSounds(word: string): LatinSound[] {
  const sounds: LatinSound[] = [];
  for (let index = 0; index < word.length; ) {
    const match = LATIN_GROUPS.find(([group]) => word.startsWith(group, index));
    if (match === undefined) {
      sounds.push({ consonant: word[index]! });
      index += 1;
      continue;
    }
    const [group, sound] = match;
    // Arabic seats a first vowel on alef or writes it with ain: Ibrahim ابراهيم, Omar عمر, OPEC اوبك.
    if ('vowels' in sound && index === 0) {
      const seated = INITIAL_VOWEL_SEATS.flatMap((seat) => [seat, ...sound.vowels.map((vowel) => seat + vowel)]);
      sounds.push({ vowels: [...new Set([...sound.vowels, ...seated])] });
    } else sounds.push(sound);
    index += group.length;
  }
  return sounds;
}

/** The key of a normalised Latin word (lowercase, accents removed) as written: every vowel kept, each as its first spelling. */
export function latinKey(word: string): string | undefined {
  if (!LATIN_WORD.test(word)) return undefined;
  return keep(
    latinSounds(word)
      .map((sound) => ('consonant' in sound ? sound.consonant : sound.vowels[0]!))
      .join(''),
  );
}

/**
 * The keys a Latin query word may stand for in Arabic script: each vowel
 * written as one of its Arabic spellings, or dropped, since Arabic leaves short
 * vowels unwritten. A key of few consonants keeps at least one vowel
 * (MIN_UNVOWELLED_CONSONANTS). A word with more than MAX_KEY_READINGS readings
 * reads only as written and with no vowels.
 *
 * @example latinKeyReadings('rabat') → ['~rabat', '~rabet', '~rbat', …] (never ~rbt)
 */
export function latinKeyReadings(word: string): string[] {
  if (!LATIN_WORD.test(word)) return [];
  const sounds = latinSounds(word);
  const consonants = consonantCount(sounds.map((sound) => ('consonant' in sound ? sound.consonant : '')).join(''));
  const mayDropAll = consonants >= MIN_UNVOWELLED_CONSONANTS;
  const choices = sounds.map((sound) => ('consonant' in sound ? [sound.consonant] : [...sound.vowels, '']));
  const readingCount = choices.reduce((product, options) => product * options.length, 1);
  let spellings: string[];
  if (readingCount > MAX_KEY_READINGS) {
    spellings = [choices.map((options) => options[0]!).join(''), choices.map((options) => options.at(-1)!).join('')];
  } else {
    spellings = choices.reduce<string[]>((partial, options) => partial.flatMap((prefix) => options.map((option) => prefix + option)), ['']);
  }
  const hasVowels = sounds.some((sound) => 'vowels' in sound);
  const readings = new Set<string>();
  for (const spelling of spellings) {
    if (hasVowels && !mayDropAll && consonantCount(spelling) === spelling.length) continue;
    const key = keep(spelling);
    if (key !== undefined) readings.add(key);
  }
  return [...readings];
}
