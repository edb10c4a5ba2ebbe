// Root-layer rule tables: the word patterns (awzan) whose fixed letters are cut to leave a three-letter root, with their guards.
//
// Written for this project from the published descriptions of root extraction
// (Khoja's stemmer, ISRI, and the pattern lists of Lucene's and lunr-ar's
// analysers). A pattern is written the traditional way, with ف, ع and ل standing
// for the three root letters and every other letter fixed: مفاعل matches مدارس
// and gives درس. All forms are normalised (أ is ا, ة is ه, ئ is ي) and have
// already lost their clitics and suffixes to the light stemmer. A word no
// pattern fits gets no root: a guess would join unrelated words, and the root
// layer is only a third chance to match, after the exact form and the stem.

/** The letters a pattern uses for the root's first, second and third letter. */
export const ROOT_PLACEHOLDERS = ['ف', 'ع', 'ل'] as const;

export interface RootPattern {
  readonly pattern: string;
  /** When set, the root's first letter must be one of these (the assimilated ت of form VIII only follows emphatics). */
  readonly firstRootLetters?: string;
  /** When set, the root's first letter must not be one of these (a word so opened is read as a verb instead). */
  readonly notFirstRootLetters?: string;
  readonly reason: string;
}

/**
 * Noun and participle patterns, tried in this order on a word of the same
 * length. Patterns with more fixed letters come first within a length, and a
 * long vowel inside the word (كتاب, قلوب) is read before a one-letter prefix
 * (مكتب), since a prefix letter is also a common first root letter.
 */
export const NOUN_PATTERNS: readonly RootPattern[] = [
  { pattern: 'فاعل', reason: 'active participle of form I (كاتب, عالم, جامع)' },
  { pattern: 'فعال', reason: 'verbal nouns and the broken plural fiʿāl (كتاب, رجال, دراسه → دراس)' },
  {
    pattern: 'فعول',
    notFirstRootLetters: 'يت',
    reason: 'the broken plural fuʿūl and verbal nouns (قلوب, علوم, حكومه → حكوم); يقول, تكون are hollow verbs, read as verbs',
  },
  {
    pattern: 'فعيل',
    notFirstRootLetters: 'يت',
    reason: 'adjectives and nouns of pattern faʿīl (كبير, رييس, نتيجه → نتيج); يزيد, تعيش are hollow verbs, read as verbs',
  },
  { pattern: 'مفعل', reason: 'nouns of place and participles with the prefix mi-/mu- (مكتب, مدرسه → مدرس, مرسل)' },
  { pattern: 'استفعال', reason: 'verbal noun of form X (استخدام, استقبال)' },
  { pattern: 'مستفعل', reason: 'participle of form X (مستخدم, مستقبل)' },
  { pattern: 'افتعال', reason: 'verbal noun of form VIII (اجتماع, انتخاب)' },
  { pattern: 'افطعال', firstRootLetters: 'صضطظ', reason: 'verbal noun of form VIII, its ت assimilated to ط after an emphatic (اضطراب, اصطدام)' },
  { pattern: 'انفعال', reason: 'verbal noun of form VII (انفجار, انسحاب)' },
  { pattern: 'مفاعيل', reason: 'the broken plural mafāʿīl (مشاريع, مفاتيح)' },
  { pattern: 'تفاعيل', reason: 'the broken plural of tafʿīl nouns (تفاصيل, تقارير)' },
  { pattern: 'افعلاء', reason: 'the broken plural afʿilāʾ (اصدقاء, اقرباء)' },
  { pattern: 'متفاعل', reason: 'participle of form VI (متعاون, متنافس)' },
  { pattern: 'مفعول', reason: 'passive participle of form I (مكتوب, مسؤول → مسوول)' },
  { pattern: 'مفاعل', reason: 'the broken plural mafāʿil and form III participles (مدارس, مراكز, مشارك)' },
  { pattern: 'فواعل', reason: 'the broken plural fawāʿil (شوارع, عواصم)' },
  { pattern: 'فعايل', reason: 'the broken plural faʿāʾil, hamza seat folded to ي (رسايل, حقايق)' },
  { pattern: 'افعال', reason: 'the broken plural afʿāl and the verbal noun of form IV (اطفال, اخبار, اعلان)' },
  { pattern: 'تفعيل', reason: 'verbal noun of form II (تعليم, تنظيم)' },
  { pattern: 'فعلاء', reason: 'the broken plural fuʿalāʾ (وزراء, علماء)' },
  { pattern: 'مفتعل', reason: 'participle of form VIII (مجتمع, منتخب)' },
  { pattern: 'مفطعل', firstRootLetters: 'صضطظ', reason: 'participle of form VIII with the assimilated ط (مصطلح, مضطر)' },
  { pattern: 'منفعل', reason: 'participle of form VII (منفصل, منخفض)' },
  { pattern: 'متفعل', reason: 'participle of form V (متعلم, متقدم)' },
];

/**
 * Letters that open an imperfect verb (and, as alef, the past of forms IV,
 * VII, VIII and X): the verb patterns below are tried after one of them.
 */
export const IMPERFECT_PREFIXES: readonly { readonly prefix: string; readonly reason: string }[] = [
  { prefix: 'ي', reason: 'he, they (يكتب, يعلن, يكتبون → يكتب)' },
  { prefix: 'ت', reason: 'she, you (تكتب); also opens the past of forms V and VI (تعلم, تعاون)' },
  { prefix: 'ن', reason: 'we (نكتب)' },
  { prefix: 'ا', reason: 'I (اكتب); also the past of form IV and the comparative (اعلن, اكبر)' },
];

/** What follows an imperfect prefix, by verb form, tried in this order. */
export const VERB_PATTERNS: readonly RootPattern[] = [
  { pattern: 'فعل', reason: 'forms I, II and IV (يكتب, يعلم, يعلن)' },
  { pattern: 'ستفعل', reason: 'form X (يستخدم, استقبل)' },
  { pattern: 'تفاعل', reason: 'form VI (يتعاون, تنافس)' },
  { pattern: 'فتعل', reason: 'form VIII (يجتمع, انتخب); before form VII, since ينتخب is nun-root, not form VII' },
  { pattern: 'فطعل', firstRootLetters: 'صضطظ', reason: 'form VIII with the assimilated ط (يضطر, اصطدم)' },
  { pattern: 'تفعل', reason: 'form V (يتعلم, يتقدم)' },
  { pattern: 'نفعل', reason: 'form VII (ينسحب, انفجر)' },
  { pattern: 'فاعل', reason: 'form III (يشارك, يتابع → after the prefix ت: تابع)' },
];

/** The particle of the future, written joined to an imperfect verb (سيعلن, ستكون). */
export const FUTURE_PREFIX = {
  prefix: 'س',
  /** Letters that must remain: an imperfect prefix and a root, so سيار (سياره) keeps its س. */
  minRemaining: 4,
  reason: 'the future particle sa- before an imperfect verb (سيعلن → يعلن)',
} as const;

/** Endings of verbs the light stemmer leaves, cut before the patterns are tried. */
export const VERB_SUFFIXES: readonly { readonly suffix: string; readonly minRemaining: number; readonly reason: string }[] = [
  { suffix: 'وا', minRemaining: 3, reason: 'the past and subjunctive plural (كتبوا, ليعلنوا)' },
];

/**
 * The middle root letter is never a bare alef: a long ā in the middle of a
 * root is a hollow و or ي, so a pattern that leaves alef there read the word
 * wrongly (مقال as مفعل would give قال).
 */
export const NO_MIDDLE_ALEF = {
  letter: 'ا',
  reason: 'a long ā in mid-root stands for و or ي; a root with a bare alef in the middle is a misreading',
} as const;

/** A root layer term is marked so it can never equal a word, a stem or another key. */
export const ROOT_MARK = '√';
