// Term lookups without scoring: which articles hold an index term, and which terms start with a prefix, read from MiniSearch's term tree.

import { STEM_FIELDS, SURFACE_FIELDS, type IndexField } from '../index-format/search-options';
import type { Engine } from '../loading/load-engine';

/** fieldId → (short document id → term frequency), as MiniSearch 7 stores each term. */
type FieldTermData = Map<number, Map<number, number>>;

/**
 * MiniSearch 7 (pinned) has no public document-frequency lookup, and a search
 * scores every article it touches, which is most of the cost of a short
 * prefix. Its term tree and id tables are protected fields; this view reads
 * them, and nothing else does.
 */
interface TermTree {
  atPrefix(prefix: string): Iterable<[string, FieldTermData]>;
  get(term: string): FieldTermData | undefined;
}

interface TermTreeView {
  readonly _index: TermTree;
  readonly _fieldIds: Readonly<Record<string, number>>;
  readonly _documentIds: ReadonlyMap<number, unknown>;
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
    for (const shortId of data.get(fieldId)?.keys() ?? []) into.add(view._documentIds.get(shortId) as number);
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
  return data !== undefined && fieldIds.some((fieldId) => (data.get(fieldId)?.size ?? 0) > 0);
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
