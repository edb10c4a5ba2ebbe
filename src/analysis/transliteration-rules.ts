// Transliteration rule tables: Arabic and Latin spellings of a name reduced to one key of consonants and vowel slots (لافروف, Lavrov → lafraf).
//
// Names cross scripts with their consonants; doubled letters and the letters
// Latin spelling has no sign for come and go. Both sides map to the same small
// alphabet. Uppercase S stands for ش / sh / ch, and `a` for a vowel slot: a
// vowel Arabic writes (ا و ي, hamza, ain) or any Latin vowel. A Latin vowel may
// be a short one Arabic leaves unwritten, so a Latin word reads with each of its
// vowel slots kept or dropped; a vowel Arabic writes must stand where the Latin
// spelling has one (Rabat reaches رباط, not عربات).

export interface KeyRule {
  readonly from: readonly string[];
  readonly to: string;
  readonly reason: string;
}

/** Normalised Arabic letters → key letters ('' drops the letter). */
export const ARABIC_KEY_RULES: readonly KeyRule[] = [
  {
    from: ['ا', 'و', 'ي', 'ء', 'ع'],
    to: 'a',
    reason: 'long vowels, hamza and ain are written as vowels in Latin spellings (Omar, Ali): a vowel slot',
  },
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
  {
    from: ['a', 'e', 'i', 'o', 'u', 'y', 'w'],
    to: 'a',
    reason: 'vowels and glides are the long vowels Arabic writes, or short ones it leaves unwritten: a vowel slot',
  },
];

/** The key letter of a vowel slot. */
export const VOWEL_SLOT = 'a';

/** Keys with fewer consonants than this match too many unrelated names to be worth indexing. */
export const MIN_KEY_LENGTH = 3;

/**
 * A Latin word reaches an Arabic spelling with none of its vowels written only
 * when it has at least this many consonants. Three consonants are an Arabic
 * root: COVID read as bare k-f-d reached خفض ("reduce"), Rabat ربط, Tunis تنس.
 * The price: Qatar no longer reaches قطر, written without a vowel.
 */
export const MIN_UNVOWELLED_CONSONANTS = 4;

/** A Latin word with more vowel slots than this reads only as written and with none of them: names are shorter, and each slot doubles the readings. */
export const MAX_DROPPED_VOWEL_SLOTS = 6;
