// Ranking weights: how much each kind of match counts. Data, each with the reason for its value.

import type { IndexField } from '../index-format/search-options';

/** Field boosts for exact (normalised surface) matches. */
export const SURFACE_BOOSTS: Readonly<Partial<Record<IndexField, number>>> = {
  // A word in the title says what the article is about; in the body it may be in passing.
  title: 3,
  body: 1,
};

/**
 * Field boosts for the written form without an added clitic (وقبلي → قبلي,
 * بالمغرب → المغرب): the word the reader meant, as articles write it.
 */
export const CLITIC_READING_BOOSTS: Readonly<Partial<Record<IndexField, number>>> = {
  title: 2,
  body: 0.8,
};

/** Field boosts for cross-script key matches (Lavrov → لافروف): a guess from consonants, so below every native match. */
export const KEY_BOOSTS: Readonly<Partial<Record<IndexField, number>>> = {
  titleKeys: 0.5,
  bodyKeys: 0.2,
};

/** Field boosts for stem matches: lower than exact, so the exact form the reader typed ranks first. */
export const STEM_BOOSTS: Readonly<Partial<Record<IndexField, number>>> = {
  titleStems: 2,
  bodyStems: 0.6,
};

/**
 * Field boosts for root matches (مدارس finds مدرسة, سيعلن finds إعلان): the
 * third level of conflation, a guess from a pattern, so well below the stems;
 * a root also joins words of one family that mean different things (عالم,
 * world and scholar), so it only adds to an article, it rarely decides one.
 */
export const ROOT_BOOSTS: Readonly<Partial<Record<IndexField, number>>> = {
  titleRoots: 0.5,
  bodyRoots: 0.15,
};

/** Weight of a prefix completion relative to a whole-word match (MiniSearch's own default is 0.375). */
export const PREFIX_WEIGHT = 0.3;

/** Weight of a typo match relative to an exact one: below a body stem match (0.6), so a typo never outranks a real word. */
export const TYPO_WEIGHT = 0.45;

/**
 * BM25 parameters. MiniSearch's defaults are k 1.2, b 0.7, d 0.5. A higher b
 * normalises more for length: long articles and multi-topic paragraphs name
 * many people and places in passing, and should not win on that alone. A
 * higher k lets a second and third mention of a name still count before the
 * term saturates. Measured on both relevance sets (docs/relevance.md, "What each gain came from").
 */
export const BM25_PARAMETERS = { k: 1.5, b: 0.9, d: 0.5 } as const;

/**
 * Coordination: an article's summed BM25 is multiplied by the number of
 * distinct query words it matched, plus this much for each further reading
 * (exact form, stem, form without clitics) of a word it matched. MiniSearch
 * counts every reading as a query term, so one word found in three readings
 * counted as much as three different words, and an article holding one query
 * word outranked one holding all of them. Counting words only (0) gave
 * XQuAD-R +0.007 but ARCD −0.003; a half credit keeps most of the gain and
 * ARCD's ranking. Ranking every article holding more words first (strict
 * coordination) cost ARCD 0.015 and the news set 0.004 (docs/relevance-round-2.md).
 */
export const FURTHER_READING_CREDIT = 0.5;

/**
 * Coordination credit for a query word an article matches by its root alone
 * (مدرسة for مدارس). A root match adds its BM25 but is no further reading of
 * the word: counted as one, it lifted every article holding a word of the
 * root family (حلب, Aleppo, for حليب, milk), whatever the root's weight, and
 * cost the news set R@10 (docs/relevance-round-2.md, "Root layer").
 */
export const ROOT_WORD_CREDIT = 0.5;
