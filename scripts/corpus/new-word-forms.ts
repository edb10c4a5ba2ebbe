// New Arabic word forms for a growing vocabulary: three-letter roots poured into real morphological patterns, with common clitics and endings.

/** Root consonants (the long vowels ا و ي are left to the patterns, so every form reads as Arabic). */
const ROOT_LETTERS = [...'بتثجحخدذرزسشصضطظعغفقكلمنه'];

/** Patterns as in Arabic grammar, with 1 2 3 for the root's letters; each is a common noun or verb shape. */
const PATTERNS = [
  '123', // فعل: the bare verb or noun
  '1ا23', // فاعل: active participle
  'م12و3', // مفعول: passive participle
  'ت12ي3', // تفعيل: verbal noun of form II
  'ا1ت2ا3', // افتعال: verbal noun of form VIII
  '12ا3ة', // فعالة: noun of profession or quality
  'م123', // مفعل: noun of place
  '12ي3', // فعيل: adjective
  'است12ا3', // استفعال: verbal noun of form X
  'ت1ا23', // تفاعل: verbal noun of form VI
  'م1ا23', // مفاعل: broken plural of place nouns
  '12و3', // فعول: intensive adjective
  'ي123', // يفعل: present-tense verb
] as const;

/** Proclitics: article, conjunctions and prepositions that are written joined to the word. */
const PREFIXES = ['', 'ال', 'و', 'وال', 'ب', 'بال', 'لل', 'ف'] as const;
/** Endings: feminine, plurals, possessive pronouns and the nisba. */
const SUFFIXES = ['', 'ة', 'ات', 'ون', 'ين', 'ها', 'هم', 'ي'] as const;

const LEXEMES = ROOT_LETTERS.length ** 3 * PATTERNS.length;
const AFFIXES = PREFIXES.length * SUFFIXES.length;
/** A prime that does not divide the lexeme count: multiplying by it scatters consecutive ids over roots, so new forms do not come in alphabetical runs. */
const SCATTER = 100_003;

/** How many different forms this scheme can make. */
export const NEW_FORM_CAPACITY = LEXEMES * AFFIXES;

function lexemeOf(index: number): string {
  // index and SCATTER are both below LEXEMES (~2.3e5), so the product stays an exact integer.
  const scattered = ((index + 1) * SCATTER) % LEXEMES;
  const pattern = PATTERNS[scattered % PATTERNS.length]!;
  let root = Math.floor(scattered / PATTERNS.length);
  const letters: string[] = [];
  for (let position = 0; position < 3; position++) {
    letters.push(ROOT_LETTERS[root % ROOT_LETTERS.length]!);
    root = Math.floor(root / ROOT_LETTERS.length);
  }
  let form = '';
  for (const character of pattern) form += character === '1' || character === '2' || character === '3' ? letters[Number(character) - 1]! : character;
  return form;
}

/**
 * The word form numbered `index`. The first LEXEMES numbers are new stems
 * (each with some affix); later numbers are further affixed forms of them,
 * as a real archive keeps meeting new inflections of words it knows.
 *
 * @example newWordForm(0) // a form such as 'بالمكتوب'
 */
export function newWordForm(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= NEW_FORM_CAPACITY)
    throw new RangeError(`newWordForm: ${index} is outside 0..${NEW_FORM_CAPACITY - 1}`);
  const lexemeIndex = index % LEXEMES;
  const stem = lexemeOf(lexemeIndex);
  const affix = (Math.floor(index / LEXEMES) + lexemeIndex * 7) % AFFIXES;
  const prefix = PREFIXES[affix % PREFIXES.length]!;
  const suffix = SUFFIXES[Math.floor(affix / PREFIXES.length)]!;
  // A feminine ending gives way to the suffix (فعالة + ها → فعالها), as the marbuta is not written mid-word here.
  return prefix + (suffix !== '' && stem.endsWith('ة') ? stem.slice(0, -1) : stem) + suffix;
}
