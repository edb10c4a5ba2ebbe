// Term frequencies: how many articles hold each index term near a word, and how many a word finds, read from the index alone.

import type { WordAnalysis } from '../analysis/pipeline';
import { STEM_FIELDS, SURFACE_FIELDS } from '../index-format/search-options';
import type { Engine } from '../loading/load-engine';
import { evaluateQuery } from './evaluate-query';
import { postingListOf, scoringTablesOf, type TermData, termsNear } from './term-index';

/** The number of articles holding a term in any exact-form field (title, body): the union of its postings. */
function countHolders(engine: Engine, data: TermData): number {
  const { fieldIds } = scoringTablesOf(engine);
  const holders = new Set<number>();
  for (const field of SURFACE_FIELDS) {
    const fieldId = fieldIds[field];
    const list = fieldId === undefined ? null : postingListOf(data, fieldId);
    if (list !== null) for (const shortId of list.documents) holders.add(shortId);
  }
  return holders.size;
}

/**
 * Exact-form terms within `edits` of `term` (itself included, when indexed;
 * only one edit may change its first `kept` letters) → the number of articles holding each.
 */
export function countNearTerms(engine: Engine, term: string, edits: number, kept: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [near, [data]] of termsNear(scoringTablesOf(engine), term, edits, kept)) {
    const count = countHolders(engine, data);
    if (count > 0) counts.set(near, count);
  }
  return counts;
}

/** The number of articles a word finds: its exact form or any of its stems. */
export function countWordArticles(engine: Engine, analysis: WordAnalysis): number {
  return evaluateQuery(scoringTablesOf(engine), {
    combineWith: 'OR',
    queries: [
      { queries: [analysis.surface], fields: [...SURFACE_FIELDS] },
      { queries: [...analysis.stemFieldTerms], fields: [...STEM_FIELDS] },
    ],
  }).shortIds.length;
}
