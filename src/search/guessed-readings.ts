// Guessed readings: a word typed without the article whose first letters were read as a conjunction or preposition.

import { leadingArticle } from '../analysis/stem';

/**
 * True when `reading`, one of the readings of the typed `surface`, rests on a
 * guess: it is not the word as typed, and the word carries no article to make
 * the split certain. كتاب may be ك + تاب ("like a repentant"), but is almost
 * always "book"; بالمغرب is certainly ب + ال + مغرب.
 */
export function isGuessedReading(surface: string, reading: string): boolean {
  return reading !== surface && leadingArticle(surface) === undefined;
}

/**
 * A guessed reading of a word still being typed completes as a prefix only
 * from this many letters; a shorter one is searched as a whole word. كتاب
 * typed in the search box read as تاب… reached تابع ("follower") and تابعن
 * ("they followed") after the three articles about books. The word as typed
 * still completes (كتاب… finds كتابة), and so does a reading after the article
 * (وللأطف… finds الأطفال).
 */
export const MIN_GUESSED_PREFIX_LENGTH = 5;

/** Whether a reading of a word being typed is searched as a prefix. */
export function completesAsPrefix(surface: string, reading: string): boolean {
  return !isGuessedReading(surface, reading) || reading.length >= MIN_GUESSED_PREFIX_LENGTH;
}
