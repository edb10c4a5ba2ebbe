// Stop words: function words that occur in nearly every article, kept out of the index and out of scoring.
//
// Words are listed in their normalised form (see normalize.ts), so أن, إن and ان
// are one row. Each group carries the reason it is excluded.

export interface StopWordGroup {
  readonly reason: string;
  readonly words: readonly string[];
}

export const STOP_WORD_GROUPS: readonly StopWordGroup[] = [
  {
    reason: 'prepositions join words and carry no topic',
    words: [
      'في',
      'من',
      'الي',
      'علي',
      'عن',
      'مع',
      'حتي',
      'منذ',
      'لدي',
      'عند',
      'بين',
      'خلال',
      'نحو',
      'ضد',
      'دون',
      'حول',
      'عبر',
      'ضمن',
      'فيه',
      'فيها',
      'منه',
      'منها',
      'عليه',
      'عليها',
      'اليه',
      'اليها',
      'عنه',
      'عنها',
      'به',
      'بها',
      'له',
      'لها',
      'لهم',
      'بهم',
      'فيهم',
      'منهم',
      'عليهم',
      'لك',
      'لنا',
      'بنا',
      'فينا',
    ],
  },
  {
    reason: 'conjunctions and particles structure a sentence, not its subject',
    words: [
      'و',
      'ف',
      'ثم',
      'او',
      'ام',
      'بل',
      'لكن',
      'لكنه',
      'ان',
      'انه',
      'انها',
      'بان',
      'بانه',
      'قد',
      'لقد',
      'لا',
      'لم',
      'لن',
      'ما',
      'ليس',
      'اذا',
      'اذ',
      'كي',
      'لكي',
      'حيث',
      'كما',
      'اما',
      'الا',
      'غير',
      'سوف',
      'ايضا',
      'وقد',
      'وان',
      'ولا',
      'ولم',
      'كل',
      'بعض',
      'فقط',
      'هناك',
      'هنا',
      'لو',
      'لولا',
      'بينما',
      'عندما',
      'جميع',
    ],
  },
  {
    reason: 'auxiliary verbs (kana and its sisters) and the passive helper تم carry tense, not topic',
    words: ['كان', 'كانت', 'يكون', 'تكون', 'كانوا', 'يكن', 'تم', 'يتم', 'تمت'],
  },
  {
    reason: 'question words are how questions are phrased, not what they ask about',
    words: ['ماذا', 'متي', 'اين', 'كيف', 'لماذا', 'كم', 'هل', 'اي', 'مما', 'ممن', 'بما', 'بماذا', 'لمن', 'لما', 'فيما', 'عما'],
  },
  {
    reason: 'a question word typed joined to its pronoun (ماهو, ماهي, منهو) is common informal spelling of ما هو / ما هي',
    words: ['ماهو', 'ماهي', 'ماهم', 'منهو', 'منهي', 'ماهما'],
  },
  {
    reason: 'colloquial question words (Egyptian, Levantine, Maghrebi) ask the same as ماذا / من / اين',
    words: ['مين', 'ليه', 'فين', 'وين', 'شو', 'ايش', 'واش', 'علاش', 'كيفاش', 'قداش', 'امتي', 'ازاي'],
  },
  {
    reason: 'pronouns refer back to a subject named elsewhere',
    words: ['هو', 'هي', 'هم', 'هن', 'هما', 'انا', 'نحن', 'انت', 'انتم', 'وهو', 'وهي', 'وهم', 'فهو', 'فهي'],
  },
  {
    reason: 'demonstratives and relative pronouns point at words, they are not words of the topic',
    words: [
      'هذا',
      'هذه',
      'ذلك',
      'تلك',
      'هولاء',
      'اوليك',
      'الذي',
      'التي',
      'الذين',
      'اللذان',
      'اللتان',
      'اللواتي',
      'اللاتي',
      'وهذا',
      'وهذه',
      'وذلك',
      'هذان',
      'هاتان',
    ],
  },
];

/** Every stop word, for constant-time lookup. */
export const STOP_WORDS: ReadonlySet<string> = new Set(STOP_WORD_GROUPS.flatMap((group) => group.words));

/** True when a normalised word is a stop word. */
export function isStopWord(normalizedWord: string): boolean {
  return STOP_WORDS.has(normalizedWord);
}
