// Normalisation: one word as written → the form the index stores, by the rule tables in normalization-rules.ts.

import {
  type CharacterRule,
  CONTEXT_RULES,
  DIGIT_RULES,
  IGNORED_CHARACTER_RULES,
  LETTER_RULES,
  NORMALIZATION_STAGES,
  type NormalizationStage,
} from './normalization-rules';

/**
 * Compiles the character tables into one lookup, built once per isolate or process.
 * Arabic-Indic digits sit at U+0660–0669 and U+06F0–06F9, so a digit's value is its low nibble.
 */
function compileCharacterMap(): Map<string, string> {
  const map = new Map<string, string>();
  const add = (rules: readonly CharacterRule[]): void => {
    for (const rule of rules) {
      for (const character of rule.from) {
        const to = rule.to === 'digit' ? String(character.codePointAt(0)! & 0xf) : rule.to;
        map.set(character, to);
      }
    }
  };
  add(IGNORED_CHARACTER_RULES);
  add(LETTER_RULES);
  add(DIGIT_RULES);
  return map;
}

const CHARACTER_MAP = compileCharacterMap();
const PLAIN_ASCII = /^[\x21-\x7e]*$/;
const ACCENTED_LATIN = /[\u00c0-\u024f\u1e00-\u1eff]/;
const COMBINING_MARK = /\p{M}/gu;

function applyCharacterMap(text: string): string {
  let output = '';
  for (const character of text) {
    const replacement = CHARACTER_MAP.get(character);
    output += replacement ?? character;
  }
  return output;
}

/** What each stage of NORMALIZATION_STAGES does. */
const STAGES: Record<NormalizationStage, (text: string) => string> = {
  compatibility: (text) => text.normalize('NFKC'),
  context: (text) => CONTEXT_RULES.reduce((folded, rule) => folded.replace(rule.pattern, rule.to), text),
  characters: applyCharacterMap,
  latin: (text) => {
    const lower = text.toLowerCase();
    return ACCENTED_LATIN.test(lower) ? lower.normalize('NFD').replace(COMBINING_MARK, '').normalize('NFC') : lower;
  },
};

/**
 * Normalises one word to its index form: compatibility forms, hamza seats,
 * tashkeel, tatweel, alef/yeh/teh marbuta variants, Persian letters, digits,
 * and Latin case and accents.
 *
 * @example normalizeWord('الـمُسْتَشْفَى') === 'المستشفي'
 * @example normalizeWord('مسئول') === normalizeWord('مسؤول')
 */
export function normalizeWord(word: string): string {
  if (PLAIN_ASCII.test(word)) return word.toLowerCase();
  let text = word;
  for (const { stage } of NORMALIZATION_STAGES) text = STAGES[stage](text);
  return text;
}
