// Light-stemmer rule tables: the clitics and suffixes stripped from normalised Arabic words, with their guards.
//
// All forms are normalised (ة is already ه, أ is already ا). The guards are
// minimum lengths of what remains, so short words such as وزير, لبنان or حكم
// keep their letters.

export interface ProcliticRule {
  readonly prefix: string;
  /** Letters that must remain after the prefix is removed. */
  readonly minRemaining: number;
  readonly reason: string;
}

/**
 * Proclitics that carry the definite article. When one of these matches, the
 * reading with the article is taken as certain and the word is not split any
 * other way. Longest first.
 */
export const ARTICLE_PROCLITICS: readonly ProcliticRule[] = [
  { prefix: 'وبال', minRemaining: 2, reason: 'and + with + the (وبالمغرب)' },
  { prefix: 'فبال', minRemaining: 2, reason: 'so + with + the (فبالحوار)' },
  { prefix: 'وكال', minRemaining: 2, reason: 'and + like + the (وكالعادة)' },
  { prefix: 'فكال', minRemaining: 2, reason: 'so + like + the' },
  { prefix: 'ولل', minRemaining: 2, reason: 'and + for + the, the article alef elided (وللمنتخب)' },
  { prefix: 'فلل', minRemaining: 2, reason: 'so + for + the, the article alef elided (فللمغرب)' },
  { prefix: 'وال', minRemaining: 2, reason: 'and + the (والمغرب)' },
  { prefix: 'فال', minRemaining: 2, reason: 'so + the (فالحكومة)' },
  { prefix: 'بال', minRemaining: 2, reason: 'with/in + the (بالمغرب)' },
  { prefix: 'كال', minRemaining: 2, reason: 'like + the (كالعادة)' },
  { prefix: 'لل', minRemaining: 2, reason: 'for + the, the article alef elided (للمغرب)' },
  { prefix: 'ال', minRemaining: 2, reason: 'the definite article (المغرب)' },
];

/**
 * Proclitics without the article. A word starting with these letters may also
 * have them as its own first letters (وزير, بنك, لبنان), so both readings are
 * kept as candidate stems. Longest first.
 */
export const BARE_PROCLITICS: readonly ProcliticRule[] = [
  { prefix: 'وب', minRemaining: 3, reason: 'and + with/in (وبتونس)' },
  { prefix: 'فب', minRemaining: 3, reason: 'so + with/in' },
  { prefix: 'ول', minRemaining: 3, reason: 'and + for (ولتونس)' },
  { prefix: 'فل', minRemaining: 3, reason: 'so + for' },
  { prefix: 'وك', minRemaining: 3, reason: 'and + like' },
  { prefix: 'و', minRemaining: 3, reason: 'and (ومراكش)' },
  { prefix: 'ف', minRemaining: 3, reason: 'so / then (فتونس)' },
  { prefix: 'ب', minRemaining: 3, reason: 'with / in (بتونس)' },
  { prefix: 'ك', minRemaining: 3, reason: 'like (كمدينة)' },
  { prefix: 'ل', minRemaining: 3, reason: 'for / to (لتونس)' },
];

export interface SuffixStage {
  readonly name: string;
  /** Longest first; at most one suffix of a stage is removed. */
  readonly suffixes: readonly string[];
  readonly minRemaining: number;
  readonly reason: string;
}

/** Suffix stages, applied in this order, each at most once. */
export const SUFFIX_STAGES: readonly SuffixStage[] = [
  {
    name: 'pronoun',
    suffixes: ['هما', 'كما', 'هم', 'هن', 'كم', 'كن', 'ها', 'نا', 'ه'],
    minRemaining: 3,
    reason: 'attached possessive and object pronouns (مدارسها, حكومتهم, بلادنا)',
  },
  {
    name: 'masculine plural',
    suffixes: ['ون'],
    minRemaining: 4,
    reason:
      'the sound masculine plural (المعلمون, المغربيون); the longer guard keeps nouns whose ون is their own (زيتون, قانون, ليمون, صابون), since a real plural in ون is of a longer participle or nisba',
  },
  {
    name: 'sound plural and dual',
    suffixes: ['ات', 'ين'],
    minRemaining: 3,
    reason: 'sound feminine plurals and the oblique masculine plural and dual (انتخابات, اللاعبين, عامين)',
  },
  {
    name: 'dual',
    suffixes: ['ان'],
    minRemaining: 4,
    reason: 'the dual ending; the longer guard keeps names such as لبنان, ايران, عمان',
  },
  {
    name: 'nisba',
    suffixes: ['ي'],
    minRemaining: 3,
    reason: 'relative adjectives end in yeh (المغربي, الرياضي)',
  },
  {
    name: 'feminine',
    suffixes: ['ه'],
    minRemaining: 3,
    reason: 'teh marbuta, already folded to heh (الحكومة, المدرسة)',
  },
];

/**
 * Teh marbuta is written as teh before a pronoun (حكومتهم = حكومة + هم), so a
 * word that lost a pronoun and now ends in teh gets its teh marbuta back.
 */
export const TEH_BEFORE_PRONOUN = {
  from: 'ت',
  to: 'ه',
  minLength: 4,
  /** ات before a pronoun is the feminine plural (معلماتها), whose teh is a real teh. */
  notAfter: 'ا',
  reason: 'teh marbuta is written as teh before an attached pronoun (حكومتهم → حكومه)',
} as const;

/** Words this short are never stemmed: too little is left to tell a root from an affix. */
export const MIN_STEMMABLE_LENGTH = 4;
