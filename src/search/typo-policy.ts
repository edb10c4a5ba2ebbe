// Typo policy: how many edits a query word may be from an indexed word, and when typo matching is tried at all.

import type { Query } from 'minisearch';
import { STEM_FIELDS, SURFACE_FIELDS } from '../index-format/search-options';
import type { Engine } from '../loading/load-engine';
import { hasTerm } from './term-index';
import type { QueryWord } from '../query/parse-query';
import { STEM_BOOSTS, SURFACE_BOOSTS } from './ranking';

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

/** True when the word, a stem of it or (while typed) a completion of it is in the index. */
export function isKnownWord(engine: Engine, word: QueryWord): boolean {
  const { surface, stems } = word.analysis;
  return hasTerm(engine, surface, SURFACE_FIELDS, word.prefix) || stems.some((stem) => hasTerm(engine, stem, STEM_FIELDS, word.prefix));
}

/**
 * Typo queries for a word the index does not know. They are tried only then:
 * a word that matches as written is never diluted by its neighbours in
 * spelling. Normalisation has already folded hamza, ة/ه and ى/ي, so those
 * never count as edits. Typo matches score below exact and stem matches
 * through MiniSearch's fuzzy weight.
 */
export function typoQueries(engine: Engine, word: QueryWord): Query[] {
  if (isKnownWord(engine, word)) return [];
  const surfaceEdits = typoBudget(word.analysis.surface.length);
  const queries: Query[] = [];
  if (surfaceEdits > 0) queries.push({ queries: [word.analysis.surface], fields: [...SURFACE_FIELDS], boost: { ...SURFACE_BOOSTS }, fuzzy: surfaceEdits });
  for (const stem of word.analysis.stems) {
    const edits = typoBudget(stem.length);
    if (edits > 0) queries.push({ queries: [stem], fields: [...STEM_FIELDS], boost: { ...STEM_BOOSTS }, fuzzy: edits });
  }
  return queries;
}
