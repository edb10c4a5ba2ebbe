// The one reader of MiniSearch's protected state: term lookups without scoring, and the tables the query evaluator scores from.

import { STEM_FIELDS, SURFACE_FIELDS, type IndexField } from '../index-format/search-options';
import type { CompactMiniSearch } from '../index-format/compact-search-index';
import { walkNearTerms } from '../index-format/near-term-walk';
import type { PostingList } from '../index-format/term-postings';
import type { Engine } from '../loading/load-engine';

/** fieldId → (short document id → term frequency), as MiniSearch 7 stores each term. */
export type FieldTermData = Map<number, Map<number, number>>;

/**
 * MiniSearch 7 (pinned) has no public document-frequency lookup, and a search
 * scores every article it touches, which is most of the cost of a short
 * prefix. Its term tree and id tables are protected fields; this view reads
 * them, and nothing else does.
 */
export interface TermTree {
  /** The subtree of terms starting with `prefix`; its keys and lookups are relative to the prefix. */
  atPrefix(prefix: string): TermTree & Iterable<[string, FieldTermData]>;
  get(term: string): FieldTermData | undefined;
  /** Terms within `maxDistance` edits → [their data, the distance]. */
  fuzzyGet(term: string, maxDistance: number): Map<string, [FieldTermData, number]>;
}

/**
 * Terms within `maxDistance` edits of `term` → [their data, the distance],
 * where a term that does not start with `term`'s first `kept` letters matches
 * only within one edit. Walks the serialised tree bytes (near-term-walk.ts),
 * which builds no tree nodes; an index built in memory falls back to
 * MiniSearch's own walk (with `kept` 0 only).
 */
export function termsNear(tables: ScoringTables, term: string, maxDistance: number, kept = 0): Map<string, [FieldTermData, number]> {
  if (tables.serialised !== undefined) {
    return walkNearTerms(tables.serialised.tree, tables.serialised.postings, { term, maxDistance, kept }) as unknown as Map<string, [FieldTermData, number]>;
  }
  if (kept > 0) throw new Error('termsNear: kept letters need an index loaded from its compact form');
  return tables.tree.fuzzyGet(term, maxDistance);
}

interface TermTreeView {
  readonly _index: TermTree;
  readonly _fieldIds: Readonly<Record<string, number>>;
  readonly _documentIds: ReadonlyMap<number, unknown>;
  readonly _fieldLength: ReadonlyMap<number, readonly number[]>;
  readonly _avgFieldLength: readonly number[];
  readonly _documentCount: number;
  readonly _nextId: number;
}

function treeOf(engine: Engine): TermTreeView {
  return engine.index as unknown as TermTreeView;
}

function fieldIdsOf(view: TermTreeView, fields: readonly IndexField[]): number[] {
  return fields.map((field) => view._fieldIds[field]).filter((id): id is number => id !== undefined);
}

function addHolders(view: TermTreeView, data: FieldTermData | undefined, fieldIds: readonly number[], into: Set<number>): void {
  if (data === undefined) return;
  for (const fieldId of fieldIds) {
    for (const shortId of postingListOf(data, fieldId)?.documents ?? []) into.add(view._documentIds.get(shortId) as number);
  }
}

/** Exact-form (surface) terms starting with `prefix` → the ordinals of the articles holding each. */
export function surfaceTermsWithPrefix(engine: Engine, prefix: string): Map<string, Set<number>> {
  const view = treeOf(engine);
  const fieldIds = fieldIdsOf(view, SURFACE_FIELDS);
  const terms = new Map<string, Set<number>>();
  for (const [term, data] of view._index.atPrefix(prefix)) {
    const holders = new Set<number>();
    addHolders(view, data, fieldIds, holders);
    if (holders.size > 0) terms.set(term, holders);
  }
  return terms;
}

/** The ordinals of the articles holding a word: its surface form in the exact fields or one of its stems in the stem fields. */
export function articlesHoldingWord(engine: Engine, surface: string, stems: readonly string[]): Set<number> {
  const view = treeOf(engine);
  const holders = new Set<number>();
  addHolders(view, view._index.get(surface), fieldIdsOf(view, SURFACE_FIELDS), holders);
  const stemFieldIds = fieldIdsOf(view, STEM_FIELDS);
  for (const stem of stems) addHolders(view, view._index.get(stem), stemFieldIds, holders);
  return holders;
}

function holdsAny(data: FieldTermData | undefined, fieldIds: readonly number[]): boolean {
  return data !== undefined && fieldIds.some((fieldId) => (postingListOf(data, fieldId)?.documents.length ?? 0) > 0);
}

/**
 * True when some article holds `term` in one of `fields` (or, with `prefix`,
 * a term starting with it). Answers from the term tree alone, without scoring
 * the thousands of articles a common word may have.
 */
export function hasTerm(engine: Engine, term: string, fields: readonly IndexField[], prefix: boolean): boolean {
  const view = treeOf(engine);
  const fieldIds = fieldIdsOf(view, fields);
  if (!prefix) return holdsAny(view._index.get(term), fieldIds);
  for (const [, data] of view._index.atPrefix(term)) if (holdsAny(data, fieldIds)) return true;
  return false;
}

/** What BM25 needs of the index, as flat tables: read once per loaded index. */
export interface ScoringTables {
  readonly tree: TermTree;
  readonly fieldIds: Readonly<Record<string, number>>;
  readonly fieldCount: number;
  readonly documentCount: number;
  /** Short ids run from 0 to this, exclusive. */
  readonly shortIdLimit: number;
  readonly averageFieldLength: readonly number[];
  /** Field lengths by short id × field count + field id. */
  readonly fieldLengths: Uint32Array;
  /** The article ordinal of each short id. */
  readonly ordinals: Int32Array;
  /** The serialised tree and postings, when the index was loaded from its compact form. */
  readonly serialised: CompactMiniSearch<unknown>['serialised'];
}

const tablesByIndex = new WeakMap<object, ScoringTables>();

function buildScoringTables(view: TermTreeView, serialised: ScoringTables['serialised']): ScoringTables {
  const fieldCount = Object.keys(view._fieldIds).length;
  const shortIdLimit = view._nextId;
  const fieldLengths = new Uint32Array(shortIdLimit * fieldCount);
  const ordinals = new Int32Array(shortIdLimit).fill(-1);
  for (const [shortId, lengths] of view._fieldLength) {
    for (let field = 0; field < fieldCount; field++) fieldLengths[shortId * fieldCount + field] = lengths[field] ?? 0;
  }
  for (const [shortId, ordinal] of view._documentIds) ordinals[shortId] = ordinal as number;
  return {
    tree: view._index,
    fieldIds: view._fieldIds,
    fieldCount,
    documentCount: view._documentCount,
    shortIdLimit,
    averageFieldLength: view._avgFieldLength,
    fieldLengths,
    ordinals,
    serialised,
  };
}

/** The scoring tables of an engine's index, built on its first query and kept for the isolate's life. */
export function scoringTablesOf(engine: Engine): ScoringTables {
  let tables = tablesByIndex.get(engine.index);
  if (tables === undefined) {
    tables = buildScoringTables(treeOf(engine), engine.index.serialised);
    tablesByIndex.set(engine.index, tables);
  }
  return tables;
}

/** Typed postings of one field of a term: straight from the compact postings, or copied from a plain Map. */
export function postingListOf(data: FieldTermData, fieldId: number): PostingList | null {
  const typed = data as FieldTermData & { postingList?: (fieldId: number) => PostingList | null };
  if (typeof typed.postingList === 'function') return typed.postingList(fieldId);
  const documents = data.get(fieldId);
  if (documents === undefined) return null;
  const list = { documents: Int32Array.from(documents.keys()), frequencies: Int32Array.from(documents.values()) };
  return { ...list, ascending: list.documents.every((id, index) => index === 0 || id > list.documents[index - 1]!) };
}
