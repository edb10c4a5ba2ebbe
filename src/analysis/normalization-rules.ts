// Normalisation rule tables: the spellings Arabic writers use interchangeably, folded to one form.
//
// Each row is data with the reason it exists; `normalize.ts` compiles the tables
// once and applies them in the order declared in `NORMALIZATION_STAGES`.

/** One character (or character range) mapped to a replacement ('' deletes it). */
export interface CharacterRule {
  /** Characters the rule applies to: a list of single characters. */
  readonly from: readonly string[];
  readonly to: string;
  readonly reason: string;
}

/** A rule that looks at a character's neighbours, applied before the character rules. */
export interface ContextRule {
  readonly pattern: RegExp;
  readonly to: string;
  readonly reason: string;
}

/** Expands an inclusive code point range into its characters. */
function codePointRange(first: number, last: number): string[] {
  const characters: string[] = [];
  for (let codePoint = first; codePoint <= last; codePoint++) {
    characters.push(String.fromCodePoint(codePoint));
  }
  return characters;
}

/** Rules that need context: they run on the NFKC form, before any character is folded. */
export const CONTEXT_RULES: readonly ContextRule[] = [
  {
    // U+0626 followed (after optional marks) by waw: مسئول / شئون are the
    // Egyptian spelling of مسؤول / شؤون, so the seat is waw in both.
    pattern: /\u0626(?=[\u064B-\u065F\u0670]*\u0648)/gu,
    to: '\u0624',
    reason: 'yeh-seated hamza before waw is a regional spelling of waw-seated hamza (مسئول = مسؤول)',
  },
];

/** Characters removed outright: they change pronunciation or rendering, never the word. */
export const IGNORED_CHARACTER_RULES: readonly CharacterRule[] = [
  {
    from: codePointRange(0x064b, 0x065f),
    to: '',
    reason: 'tashkeel: tanween, short vowels, shadda, sukun and extended marks are optional in writing',
  },
  { from: ['\u0670'], to: '', reason: 'superscript (dagger) alef is a vowel mark, absent from ordinary spelling' },
  { from: codePointRange(0x0610, 0x061a), to: '', reason: 'Quranic honorific and annotation marks carry no lexical content' },
  { from: codePointRange(0x06d6, 0x06dc), to: '', reason: 'Quranic pause marks are recitation signs, not letters' },
  { from: codePointRange(0x06df, 0x06e4), to: '', reason: 'Quranic small letters and madda marks are recitation signs' },
  { from: codePointRange(0x06e7, 0x06e8), to: '', reason: 'Quranic small yeh and noon are recitation signs' },
  { from: codePointRange(0x06ea, 0x06ed), to: '', reason: 'Quranic stop marks are recitation signs' },
  { from: ['\u0674'], to: '', reason: 'high hamza, which NFKC splits out of ٵ ٶ ٷ ٸ, is a hamza mark like the ones the letter rules drop' },
  { from: ['\u0640'], to: '', reason: 'tatweel (kashida) only stretches a word for justification' },
  {
    from: ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'],
    to: '',
    reason: 'zero-width spaces, joiners and soft hyphens are invisible inside words',
  },
  { from: ['\u200e', '\u200f', '\u061c'], to: '', reason: 'directional marks change display order, not the word' },
  { from: codePointRange(0x202a, 0x202e), to: '', reason: 'bidi embeddings and overrides change display order, not the word' },
  { from: codePointRange(0x2066, 0x2069), to: '', reason: 'bidi isolates change display order, not the word' },
  {
    from: [...codePointRange(0x0000, 0x0008), ...codePointRange(0x000e, 0x001f), ...codePointRange(0x007f, 0x009f)],
    to: '',
    reason: 'control characters other than whitespace (NUL, escape, C1) are invisible; tab and line breaks still separate words',
  },
];

/** Letters folded to the form used in the index. */
export const LETTER_RULES: readonly CharacterRule[] = [
  {
    from: ['\u0623', '\u0625', '\u0622', '\u0671', '\u0672', '\u0673', '\u0675'],
    to: '\u0627',
    reason: 'alef with hamza above or below, madda and wasla are commonly written as bare alef',
  },
  { from: ['\u0624'], to: '\u0648', reason: 'waw-seated hamza is often typed as plain waw (مسوول)' },
  { from: ['\u0626'], to: '\u064a', reason: 'yeh-seated hamza is often typed as plain yeh (الجزاير)' },
  { from: ['\u0649'], to: '\u064a', reason: 'alef maksura and yeh are interchanged at word ends, as in Egyptian usage (مستشفى / مستشفي)' },
  { from: ['\u0629'], to: '\u0647', reason: 'teh marbuta is often typed as heh at word ends (المدرسة / المدرسه)' },
  { from: ['\u06cc', '\u06d0'], to: '\u064a', reason: 'Persian and Urdu keyboards type Farsi yeh for Arabic yeh' },
  { from: ['\u06a9', '\u06aa'], to: '\u0643', reason: 'Persian keyboards type keheh for Arabic kaf' },
  { from: ['\u06c1', '\u06be', '\u06d5'], to: '\u0647', reason: 'Urdu heh goal, heh doachashmee and ae are heh in Arabic text' },
  { from: ['\u06c0', '\u06c3'], to: '\u0647', reason: 'heh with yeh above and Urdu teh marbuta goal are teh marbuta variants' },
];

/** Digits folded to ASCII, so ٢٠٢٣, ۲۰۲۳ and 2023 are one term. */
export const DIGIT_RULES: readonly CharacterRule[] = [
  { from: codePointRange(0x0660, 0x0669), to: 'digit', reason: 'Arabic-Indic digits (٠–٩) are the same numbers as ASCII digits' },
  { from: codePointRange(0x06f0, 0x06f9), to: 'digit', reason: 'Extended Arabic-Indic (Persian/Urdu) digits (۰–۹) are the same numbers' },
];

/**
 * The order in which the stages run, declared once: normalize.ts runs them in
 * this order. Ignored characters, letter folding and digit folding are one
 * stage, a single character lookup: their characters never overlap, so their
 * order among themselves changes nothing.
 */
export const NORMALIZATION_STAGES = [
  { stage: 'compatibility', reason: 'unicode compatibility (NFKC): presentation forms and ligatures become plain letters' },
  { stage: 'context', reason: 'context rules: hamza seats that depend on the next letter' },
  {
    stage: 'characters',
    reason: 'ignored characters (tashkeel, Quranic marks, tatweel, invisible and bidi controls), then letter and digit folding, in one lookup',
  },
  { stage: 'latin', reason: 'Latin folding: lowercase and accents removed' },
] as const;

export type NormalizationStage = (typeof NORMALIZATION_STAGES)[number]['stage'];
