// Term lookups without scoring, and the tables the query evaluator scores from: all through the engine's term view.

import type { NearTermQuery } from '../index-format/lexicon';
import { type IndexField, STEM_FIELDS, SURFACE_FIELDS } from '../index-format/search-options';
import { type PostingList, postingCount } from '../index-format/term-block';
import type { Engine } from '../loading/load-engine';
import type { TermData, TermView } from '../loading/term-view';

export type { TermData } from '../loading/term-view';

/**
 * What BM25 needs of the index. Ordinals are the evaluator's document
 * numbers. Every lookup runs inside `engine.complete`, which loads the
 * pieces a run lacked and runs it again.
 */
export interface ScoringTables {
  readonly terms: TermView;
  readonly fieldIds: Readonly<Record<string, number>>;
  readonly fieldCount: number;
  /** Live documents: what inverse document frequency counts. */
  readonly documentCount: number;
  /** Ordinals run from 0 to this, exclusive. */
  readonly shortIdLimit: number;
  readonly averageFieldLength: readonly number[];
}

/**
 * Keyed by the engine's dictionary, not the engine: each request sees the
 * engine through a view of its own (withReadBudget), and the tables must
 * outlive the request.
 */
const tablesByDictionary = new WeakMap<Engine['terms'], ScoringTables>();

/** The scoring tables of an engine, made on its first query and kept for the isolate's life. */
export function scoringTablesOf(engine: Engine): ScoringTables {
  let tables = tablesByDictionary.get(engine.terms);
  if (tables === undefined) {
    tables = {
      terms: engine.terms,
      fieldIds: engine.fieldIds,
      fieldCount: engine.manifest.fields.length,
      documentCount: engine.manifest.documentCount,
      shortIdLimit: engine.ordinalLimit,
      averageFieldLength: engine.averageFieldLength,
    };
    tablesByDictionary.set(engine.terms, tables);
  }
  return tables;
}

/**
 * Terms within `maxDistance` edits of `term` → [their postings, the distance];
 * only one edit may change the first `kept` letters, and at most `limit` terms
 * are kept, the nearest first (see TermView.near).
 */
export function termsNear(
  tables: ScoringTables,
  term: string,
  maxDistance: number,
  kept = 0,
  limit = Number.POSITIVE_INFINITY,
): Map<string, [TermData, number]> {
  const query: NearTermQuery = { term, maxDistance, kept };
  return tables.terms.near(query, limit);
}

/** How many postings a list holds (0 for none), without decoding a list read in blocks. */
export function postingCountOf(list: PostingList | null): number {
  return list === null ? 0 : postingCount(list);
}

/** One field's postings of a term (null when the term is not in that field). */
export function postingListOf(data: TermData, fieldId: number): PostingList | null {
  return data.postingList(fieldId);
}

function fieldIdsOf(engine: Engine, fields: readonly IndexField[]): number[] {
  return fields.map((field) => engine.fieldIds[field]).filter((id): id is number => id !== undefined);
}

function addHolders(data: TermData | undefined, fieldIds: readonly number[], into: Set<number>): void {
  if (data === undefined) return;
  for (const fieldId of fieldIds) for (const ordinal of data.postingList(fieldId)?.documents ?? []) into.add(ordinal);
}

/** Exact-form (surface) terms starting with `prefix` → the ordinals of the articles holding each. */
export function surfaceTermsWithPrefix(engine: Engine, prefix: string): Map<string, Set<number>> {
  const fieldIds = fieldIdsOf(engine, SURFACE_FIELDS);
  const terms = new Map<string, Set<number>>();
  for (const [term, data] of engine.terms.completions(prefix)) {
    const holders = new Set<number>();
    addHolders(data, fieldIds, holders);
    if (holders.size > 0) terms.set(term, holders);
  }
  return terms;
}

/** The ordinals of the articles holding a word: its surface form in the exact fields or one of its stems in the stem fields. */
export function articlesHoldingWord(engine: Engine, surface: string, stems: readonly string[]): Set<number> {
  const holders = new Set<number>();
  addHolders(engine.terms.get(surface), fieldIdsOf(engine, SURFACE_FIELDS), holders);
  const stemFieldIds = fieldIdsOf(engine, STEM_FIELDS);
  for (const stem of stems) addHolders(engine.terms.get(stem), stemFieldIds, holders);
  return holders;
}

function holdsAny(data: TermData | undefined, fieldIds: readonly number[]): boolean {
  return data !== undefined && fieldIds.some((fieldId) => postingCountOf(data.postingList(fieldId)) > 0);
}

/**
 * True when some article holds `term` in one of `fields` (or, with `prefix`,
 * a term starting with it). Answers from the dictionary alone, without scoring
 * the thousands of articles a common word may have.
 */
export function hasTerm(engine: Engine, term: string, fields: readonly IndexField[], prefix: boolean): boolean {
  const fieldIds = fieldIdsOf(engine, fields);
  if (!prefix) return holdsAny(engine.terms.get(term), fieldIds);
  return engine.terms.completions(term).some(([, data]) => holdsAny(data, fieldIds));
}
