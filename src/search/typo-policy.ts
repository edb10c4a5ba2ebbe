// Typo policy: how many edits a query word may be from an indexed word, and when typo matching is tried at all.

import { leadingArticle } from '../analysis/stem';
import { STEM_FIELDS, SURFACE_FIELDS } from '../index-format/search-options';
import type { Engine } from '../loading/load-engine';
import type { QueryWord } from '../query/parse-query';
import type { SearchQuery } from './evaluate-query';
import { isGuessedReading } from './guessed-readings';
import { STEM_BOOSTS, SURFACE_BOOSTS } from './ranking';
import { hasTerm } from './term-index';

/** Edits allowed by word length (in normalised letters), shortest first. */
export const TYPO_BUDGETS: readonly { readonly minLength: number; readonly edits: number; readonly reason: string }[] = [
  { minLength: 0, edits: 0, reason: 'one edit turns most words of three letters or fewer into another real word (علم → عمل)' },
  { minLength: 4, edits: 1, reason: 'a word of four to six letters survives one slip and is still recognisable' },
  { minLength: 7, edits: 2, reason: 'long words, often transliterated names (لافروف, بتروفاك), are misspelt in more than one place' },
];

/** The number of edits allowed for a normalised word of this length. */
export function typoBudget(length: number): number {
  let edits = 0;
  for (const row of TYPO_BUDGETS) if (length >= row.minLength) edits = row.edits;
  return edits;
}

/**
 * A reading of a word without the article (clitics stripped on a guess, an
 * ending removed) shorter than this gets no edits: typo tolerance is for the
 * word as typed. كوفيد read as ك + وفيد, four letters, reached وحيد, وليد and
 * وفود by one edit. A reading after the article (ال, بال, وال…) keeps its
 * edits: that split is certain, and on XQuAD-R dropping them cost MRR@10
 * 0.929 → 0.928.
 */
export const MIN_TYPO_READING_LENGTH = 5;

/** The number of edits allowed for a reading (a stem) of this length: none under MIN_TYPO_READING_LENGTH. */
export function readingTypoBudget(length: number): number {
  return length < MIN_TYPO_READING_LENGTH ? 0 : typoBudget(length);
}

/**
 * Letters after any leading article that only one edit of a typo match may
 * change. From the root of the term tree, two edits reach into whole word
 * families: a misspelt الاستثمارات walked the ال-است family, 2.7 ms warm
 * (up to 20 ms while the tree is still being read). Searching the second edit
 * only under ال and the next letter takes 0.6 ms, while a single edit may
 * still change the first letter: Arabic verbs do (يتزوج, تزوج).
 */
export const TYPO_KEPT_LETTERS = 1;

/**
 * Words shorter than this keep every letter open to both edits: their walks
 * are cheap, and on ARCD the rule cost an 8-letter question word its answer
 * (بالجيكيا for بلجيكا, whose misspelt بال reads as the article).
 */
export const MIN_LENGTH_FOR_KEPT_LETTERS = 9;

/** How many leading letters of a normalised word only one edit of a typo match may change (none for shorter words). */
export function typoKeptLetters(surface: string): number {
  if (surface.length < MIN_LENGTH_FOR_KEPT_LETTERS) return 0;
  return (leadingArticle(surface)?.length ?? 0) + TYPO_KEPT_LETTERS;
}

/**
 * A typo lookup expands to at most this many index terms, the fewest edits
 * first. Each near spelling may sit in a term block of its own: at 100k
 * articles eight misspelt words read 91 files on a cold isolate, past the free
 * plan's 50 subrequests (scripts/bench/worst-case-queries.jsonl). The nearest
 * spellings are the likely corrections; the tenth spelling two edits away is
 * not. News, ARCD and XQuAD-R MRR@10 moved by 0.001 or less, clean and with typos.
 */
export const MAX_NEAR_SPELLINGS = 4;

/** True when the word, a stem of it or (while typed) a completion of it is in the index. */
export function isKnownWord(engine: Engine, word: QueryWord): boolean {
  const { surface, stemFieldTerms } = word.analysis;
  return hasTerm(engine, surface, SURFACE_FIELDS, word.prefix) || stemFieldTerms.some((stem) => hasTerm(engine, stem, STEM_FIELDS, word.prefix));
}

/**
 * Typo queries for a word the index does not know. They are tried only then:
 * a word that matches as written is never diluted by its neighbours in
 * spelling. Normalisation has already folded hamza, ة/ه and ى/ي, so those
 * never count as edits. Typo matches score below exact and stem matches
 * through MiniSearch's fuzzy weight, and keep the word's first letters (typoKeptLetters).
 */
export function typoQueries(engine: Engine, word: QueryWord): SearchQuery[] {
  if (isKnownWord(engine, word)) return [];
  const { surface } = word.analysis;
  const queries: SearchQuery[] = [];
  const surfaceEdits = typoBudget(surface.length);
  if (surfaceEdits > 0) queries.push(typoQuery(surface, surfaceEdits, SURFACE_FIELDS, SURFACE_BOOSTS));
  for (const stem of word.analysis.stemFieldTerms) {
    const edits = isGuessedReading(surface, stem) ? readingTypoBudget(stem.length) : typoBudget(stem.length);
    if (edits > 0) queries.push(typoQuery(stem, edits, STEM_FIELDS, STEM_BOOSTS));
  }
  return queries;
}

/** One term's typo matches in some fields: its first letters kept (typoKeptLetters), its nearest spellings only (MAX_NEAR_SPELLINGS). */
function typoQuery(term: string, edits: number, fields: readonly string[], boost: Readonly<Record<string, number>>): SearchQuery {
  return {
    queries: [term],
    fields: [...fields],
    boost: { ...boost },
    fuzzy: edits,
    typoKeep: typoKeptLetters(term),
    typoLimit: MAX_NEAR_SPELLINGS,
  };
}
