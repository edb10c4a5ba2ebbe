// Month keys: a normalised word (or Levantine word pair) → the key its month is indexed under, from the table in month-names.ts.

import { MONTH_NAMES } from './month-names';
import { normalizeWord } from './normalize';

/** The key a month is indexed under. Contains a character no word normalises to, so it cannot collide with a word. */
export function monthKey(month: number): string {
  return `#month${String(month).padStart(2, '0')}`;
}

const SINGLE = new Map<string, string>();
const PAIRS = new Map<string, string>();
const PAIR_ENDINGS = new Set<string>();
for (const row of MONTH_NAMES) {
  for (const [name] of row.names) SINGLE.set(normalizeWord(name), monthKey(row.month));
  for (const [first, second] of row.pairs) {
    PAIRS.set(`${normalizeWord(first)} ${normalizeWord(second)}`, monthKey(row.month));
    PAIR_ENDINGS.add(normalizeWord(second));
  }
}

/** True when a normalised word can end a two-word month name (الثاني): every adjacent pair is checked, and most end otherwise. */
export function canEndMonthPair(normalized: string): boolean {
  return PAIR_ENDINGS.has(normalized);
}

/** The month key of a normalised one-word month name (نونبر → #month11), or undefined. */
export function monthKeyOfWord(normalized: string): string | undefined {
  return SINGLE.get(normalized);
}

/** The month key of two adjacent normalised words forming a month name (تشرين الثاني → #month11), or undefined. */
export function monthKeyOfPair(first: string, second: string): string | undefined {
  return PAIRS.get(`${first} ${second}`);
}
