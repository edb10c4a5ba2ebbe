// Generators of hostile text for the property suites: every kind of character a public search box or an article can carry.

import fc from 'fast-check';

const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));

/** Characters chosen because some stage of the pipeline treats them specially. */
export const TRICKY_CHARACTERS: readonly string[] = [
  ...range(0x064b, 0x0652), // tashkeel
  '\u0670',
  '\u0640', // superscript alef, tatweel
  ...range(0x202a, 0x202e),
  ...range(0x2066, 0x2069),
  '\u200e',
  '\u200f',
  '\u061c', // bidi controls
  '\u200b',
  '\u200c',
  '\u200d',
  '\ufeff',
  '\u00ad', // zero-width and soft hyphen
  ...range(0x00, 0x1f),
  '\x7f',
  '\u0085', // control characters
  ...'.*+?^${}()|[]\\/'.split(''), // regular-expression metacharacters
  '"',
  "'",
  '«',
  '»',
  '“',
  '”',
  '`',
  '-',
  '−',
  '–',
  '—',
  '<',
  '>',
  '&',
  ';',
  '#',
  '%',
  '=',
  ' ',
  '\t',
  '\n',
  '\r',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u3000',
  '،',
  '؛',
  '؟',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff', // lone surrogate halves
  '😀',
  '𝕏',
  '中',
  '文',
  'ж',
  'Ё',
  'é',
  'e\u0301',
  'ß',
  'İ',
  'ﬁ',
  '½',
  '²',
  '\ufdfa',
  '\ufdfb',
  '\ufefb',
  '\ufe8d', // presentation forms that NFKC expands (ﷺ becomes 18 characters)
  '٠',
  '٩',
  '۴',
  '0',
  '9',
  'ا',
  'أ',
  'إ',
  'آ',
  'ى',
  'ي',
  'ة',
  'ه',
  'ؤ',
  'ئ',
  'ء',
  'ک',
  'ی',
  'پ',
  'ال',
  'و',
  'ب',
  'ل',
];

const trickyCharacter = fc.constantFrom(...TRICKY_CHARACTERS);
/** Any UTF-16 code unit, lone surrogates included. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
/** Any code point of any general category, astral planes included. */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));

const ARABIC_WORDS = [
  'المغرب',
  'لافروف',
  'مراكش',
  'وزير',
  'الخارجية',
  'الروسي',
  'منتدى',
  'التعاون',
  'بالمغرب',
  'والحكومة',
  'مُسْتَشْفَى',
  'فِي',
  'من',
  'تونس',
];
const arabicWord = fc.constantFrom(...ARABIC_WORDS);

/** Strings made of a mix of words, tricky characters and arbitrary code units and points. */
export const hostileString = (maxLength = 120): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof({ weight: 3, arbitrary: trickyCharacter }, anyCodeUnit, anyCodePoint, { weight: 2, arbitrary: arabicWord }, fc.constant(' ')), {
      maxLength,
    })
    .map((parts) => parts.join(''));

/** Pathological shapes: long runs of one character, many words, markup. */
export const PATHOLOGICAL_STRINGS: readonly (readonly [string, string])[] = [
  ['10,000 diacritics in a row', '\u064e'.repeat(10_000)],
  ['a letter carrying 10,000 diacritics', `ب${'\u0651\u064e'.repeat(5_000)}`],
  ['10,000 tatweels between letters', `م${'\u0640'.repeat(10_000)}ن`],
  ['500 words', Array.from({ length: 500 }, (_, i) => ARABIC_WORDS[i % ARABIC_WORDS.length]).join(' ')],
  ['a 20,000-letter word', 'ب'.repeat(20_000)],
  ['1,000 bidi overrides', '\u202e\u202d'.repeat(500)],
  ['2,000 ligatures that NFKC expands', '\ufdfa'.repeat(2_000)],
  ['lone surrogates between letters', 'ا\ud800ب\udc00ت'],
  ['regular-expression metacharacters', '.*+?^${}()|[]\\/(?<x>a)\\1(a+)+$'],
  ['quotes and minus signs in every arrangement', '"-"\'- -"" -\'\' "-لافروف" -"مراكش -" - -- "" \'\' −المغرب'],
  ['markup', '<script>alert(1)</script><img src=x onerror="alert(\'x\')">&amp;&lt;'],
  ['only separators', ' \t\n\r\u00a0\u3000،؛؟!.'.repeat(100)],
];
