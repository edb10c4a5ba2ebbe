// Transliteration rule tables: Arabic and Latin spellings of a name reduced to one key of consonants and vowels (لافروف, Lavrov → lafruf).
//
// Names cross scripts with their consonants; doubled letters and the letters
// Latin spelling has no sign for come and go. Both sides map to the same small
// alphabet. Uppercase S stands for ش / sh / ch. The vowels Arabic writes keep
// their quality: a (ا), u (و), i (ي), and e for hamza and ain, which Latin
// spells as a vowel or not at all. A Latin vowel may be a short one Arabic
// leaves unwritten, so a Latin word reads with each of its vowels kept (as one
// of the qualities it can stand for) or dropped; a vowel Arabic writes must
// stand where the Latin spelling has one of its qualities (Rabat reaches رباط,
// not عربات; Tebboune reaches تبون, not تابعن).

export interface KeyRule {
  readonly from: readonly string[];
  readonly to: string;
  readonly reason: string;
}

/** A Latin vowel group and the Arabic vowels it may be written as (besides not at all). */
export interface VowelRule {
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly reason: string;
}

/** Normalised Arabic letters → key letters ('' drops the letter). */
export const ARABIC_KEY_RULES: readonly KeyRule[] = [
  { from: ['ا'], to: 'a', reason: 'alef is a long a, or the seat of a vowel at the start of a word (Erbil, اربيل)' },
  { from: ['و'], to: 'u', reason: 'waw is a long u or o, or w (Oran, Walid)' },
  { from: ['ي'], to: 'i', reason: 'yeh is a long i or e, or y (Beirut, Yemen)' },
  { from: ['ء', 'ع'], to: 'e', reason: 'hamza and ain are spelt as a vowel, usually a, or not at all (Saad, Omar)' },
  { from: ['ب'], to: 'b', reason: 'b (and Latin p, which Arabic writes as ب)' },
  { from: ['ت', 'ط', 'ث'], to: 't', reason: 'teh, tah and theh are all t in Latin spellings (Tunis, Rabat)' },
  { from: ['د', 'ض', 'ذ'], to: 'd', reason: 'dal, dad and thal are all d (Riyadh, Dubai)' },
  { from: ['ج'], to: 'j', reason: 'jeem is j, dj or g (Jendouba, Djerba)' },
  { from: ['ح', 'ه'], to: 'h', reason: 'hah and heh are both h (Hammamet)' },
  { from: ['خ', 'ق', 'ك'], to: 'k', reason: 'khah, qaf and kaf are k, kh, q or c (Kairouan, Khaled)' },
  { from: ['غ'], to: 'g', reason: 'ghain is gh or g (Ghannouchi)' },
  { from: ['ر'], to: 'r', reason: 'r' },
  { from: ['ز', 'ظ'], to: 'z', reason: 'zain and zah are z' },
  { from: ['س', 'ص'], to: 's', reason: 'seen and sad are s (Sfax)' },
  { from: ['ش'], to: 'S', reason: 'sheen is sh or French ch (Marrakech)' },
  { from: ['ف'], to: 'f', reason: 'feh is f, and Latin v (Lavrov → لافروف)' },
  { from: ['ل'], to: 'l', reason: 'l' },
  { from: ['م'], to: 'm', reason: 'm' },
  { from: ['ن'], to: 'n', reason: 'n' },
];

/** Latin letter groups → key letters, longest first; applied before single letters. */
export const LATIN_KEY_RULES: readonly KeyRule[] = [
  { from: ['sch', 'sh', 'ch'], to: 'S', reason: 'sh, and French ch, are sheen (Marrakech, Marrakesh)' },
  { from: ['kh', 'ck', 'q', 'c', 'k'], to: 'k', reason: 'kh, q, c and k are khah, qaf or kaf' },
  { from: ['gh', 'g'], to: 'g', reason: 'gh is ghain; a lone g is written غ or ج, and غ is the closer key' },
  { from: ['th', 't'], to: 't', reason: 'th is theh or teh' },
  { from: ['dj', 'j'], to: 'j', reason: 'dj and j are jeem (Djerba)' },
  { from: ['dh'], to: 'd', reason: 'dh is dad or thal, which the Arabic table keys as d (Riyadh, Ramadhan)' },
  { from: ['v', 'f', 'ph'], to: 'f', reason: 'Arabic writes v and ph with feh (Lavrov)' },
  { from: ['p', 'b'], to: 'b', reason: 'Arabic writes p with beh' },
  { from: ['x'], to: 'ks', reason: 'x is k + s' },
];

/** Latin vowel groups, longest first, and the Arabic vowels each may be written as. */
export const LATIN_VOWEL_RULES: readonly VowelRule[] = [
  { from: ['ou', 'oo', 'o', 'w'], to: ['u'], reason: 'o, w and French ou are waw, never alef (Kairouan, Walid)' },
  { from: ['u'], to: ['u', 'a'], reason: 'u is waw (Tunis), and alef where English says it short (Trump, ترامب)' },
  { from: ['ee', 'ie', 'ei', 'ey', 'y'], to: ['i'], reason: 'y, English ee and French ei are yeh (Beirut, Yemen)' },
  { from: ['i'], to: ['i', 'ai'], reason: 'i is yeh (Paris), and alef then yeh where English says it long (Biden, بايدن)' },
  { from: ['ai', 'ay'], to: ['i', 'ai'], reason: 'French ai is yeh (Kairouan); elsewhere it is alef then yeh (Ismail)' },
  { from: ['aa', 'a'], to: ['a', 'e'], reason: 'a is alef, or the ain it often spells (Rabat; Saad, Baalbek)' },
  { from: ['e'], to: ['a', 'i'], reason: 'e is alef in French spellings and yeh in others (Hammamet; Benzema), never ain' },
];

/** What a vowel group at the start of a word may also be written as: Arabic seats a first vowel on alef, or begins with ain (Ibrahim, Omar, OPEC). */
export const INITIAL_VOWEL_SEATS: readonly string[] = ['a', 'e'];

/** The key letters of vowels; every other key letter is a consonant. */
export const KEY_VOWELS: ReadonlySet<string> = new Set(['a', 'u', 'i', 'e']);

/** The key letter of hamza and ain. */
export const GLOTTAL = 'e';

/** Keys with fewer consonants than this match too many unrelated names to be worth indexing. */
export const MIN_KEY_LENGTH = 3;

/**
 * A Latin word reaches an Arabic spelling with none of its vowels written only
 * when it has at least this many consonants. Three consonants are an Arabic
 * root: COVID read as bare k-f-d reached خفض ("reduce"), Rabat ربط, Tunis تنس.
 * The price: Qatar no longer reaches قطر, written without a vowel.
 */
export const MIN_UNVOWELLED_CONSONANTS = 4;

/** A Latin word with more readings than this reads only as written and with none of its vowels: names are shorter, and each vowel doubles or triples the readings. */
export const MAX_KEY_READINGS = 256;
