// The indexing rules both sides share, as MiniSearch options: the build's inverter applies them, and tests check it and the worker's scoring against MiniSearch itself.

import type { Options } from 'minisearch';
import { analyzeWord, analyzeWordPair, transliterationKeys, type WordAnalysis } from '../analysis/pipeline';
import { tokenize } from '../analysis/tokenize';

/**
 * Indexed fields. Each text is indexed as exact normalised words (`title`,
 * `body`), as candidate stems (`titleStems`, `bodyStems`) and as roots
 * (`titleRoots`, `bodyRoots`), so a query can rank an exact-form match above a
 * stem-only match, and a stem match above a root-only one.
 */
export const SURFACE_FIELDS = ['title', 'body'] as const;
export const STEM_FIELDS = ['titleStems', 'bodyStems'] as const;
/** Roots, the third level of conflation (مدارس, مدرسة and دراسة → √درس), searched at a weight below the stems. */
export const ROOT_FIELDS = ['titleRoots', 'bodyRoots'] as const;
/** Cross-script consonant keys (لافروف → ~lafraf, which Lavrov looks up), queried only by Latin query words. */
export const KEY_FIELDS = ['titleKeys', 'bodyKeys'] as const;
export const INDEX_FIELDS = [...SURFACE_FIELDS, ...STEM_FIELDS, ...KEY_FIELDS, ...ROOT_FIELDS] as const;
export type IndexField = (typeof INDEX_FIELDS)[number];

/** The document MiniSearch sees: the ordinal is the id, the catalog holds the rest. */
export interface IndexedDocument {
  readonly ordinal: number;
  readonly title: string;
  readonly body: string;
}

/** The text a field is analysed from: each of title and body feeds four fields. */
export function sourceOf(field: IndexField): 'title' | 'body' {
  return field === 'title' || field === 'titleStems' || field === 'titleKeys' || field === 'titleRoots' ? 'title' : 'body';
}

function extractField(document: IndexedDocument, field: string): string | number {
  if (field === 'ordinal') return document.ordinal;
  return document[sourceOf(field as IndexField)];
}

/** Joins two words that name a month together (تشرين الثاني); no single token contains a space. */
const PAIR_SEPARATOR = ' ';

/** True for the token tokenizeField adds for two words that name a month together, false for a word. */
export const isPairToken = (token: string): boolean => token.includes(PAIR_SEPARATOR);

/** The words of a field, plus a pair token wherever two words name a month together. */
export function tokenizeField(text: string): string[] {
  const words = tokenize(text).map((token) => token.text);
  const pairs = words.slice(1).flatMap((second, index) => {
    const first = words[index]!;
    return analyzeWordPair(first, second) === undefined ? [] : [`${first}${PAIR_SEPARATOR}${second}`];
  });
  return pairs.length === 0 ? words : [...words, ...pairs];
}

function isStemField(field?: string): boolean {
  return field === 'titleStems' || field === 'bodyStems';
}

/**
 * Cross-script keys by analysis. analyzeWord hands out one analysis per
 * distinct word, and a corpus repeats its words, so each word's keys are
 * worked out once, not at every occurrence in two fields (they were a third
 * of the analysis time of a batch).
 */
const keysByAnalysis = new WeakMap<WordAnalysis, string[]>();

function keysOf(analysis: WordAnalysis): string[] {
  let keys = keysByAnalysis.get(analysis);
  if (keys === undefined) {
    keys = transliterationKeys(analysis);
    keysByAnalysis.set(analysis, keys);
  }
  return keys;
}

/** Exact fields receive the normalised word; stem fields every candidate stem (and month keys); root fields the word's root. */
export function processTermForField(term: string, field?: string): string | string[] | null {
  if (term.includes(PAIR_SEPARATOR)) {
    const [first = '', second = ''] = term.split(PAIR_SEPARATOR);
    return isStemField(field) ? (analyzeWordPair(first, second) ?? null) : null;
  }
  const analysis = analyzeWord(term);
  if (analysis === null) return null;
  if (field === 'titleKeys' || field === 'bodyKeys') return keysOf(analysis);
  if (field === 'titleRoots' || field === 'bodyRoots') return [...analysis.rootTerms];
  return isStemField(field) ? [...analysis.stemFieldTerms] : analysis.surface;
}

/**
 * The rules as MiniSearch options: a MiniSearch built with them is the
 * reference the inverter (src/indexing/index-articles.ts) and the evaluator
 * are tested against. Queries do not go through `processTerm`: the query
 * parser analyses them itself (see src/query).
 */
export function createIndexOptions(): Options<IndexedDocument> {
  return {
    idField: 'ordinal',
    fields: [...INDEX_FIELDS],
    storeFields: [],
    extractField: extractField as Options<IndexedDocument>['extractField'],
    tokenize: tokenizeField,
    processTerm: processTermForField,
  };
}
