// The lexicon: every term of a segment grouped by length, for typo lookups that need no postings and no term blocks.

import { VarintReader, VarintWriter } from './varint';

/**
 * Terms within d edits differ in length by at most d, so a typo lookup reads
 * only the 2d + 1 length groups around its word instead of the whole
 * dictionary; each group is a sorted, front-coded list.
 */
export function encodeLexiconGroup(sortedTerms: readonly string[]): Uint8Array {
  const writer = new VarintWriter();
  writer.write(sortedTerms.length);
  let previous = '';
  for (const term of sortedTerms) {
    let shared = 0;
    const limit = Math.min(previous.length, term.length);
    while (shared < limit && previous.charCodeAt(shared) === term.charCodeAt(shared)) shared++;
    writer.write(shared);
    writer.write(term.length - shared);
    for (let index = shared; index < term.length; index++) writer.write(term.charCodeAt(index));
    previous = term;
  }
  return writer.finish();
}

/** A decoded length group: its terms in order and how many leading units each shares with the one before. */
export interface LexiconGroup {
  readonly terms: readonly string[];
  readonly shared: Uint8Array;
}

export function decodeLexiconGroup(bytes: Uint8Array): LexiconGroup {
  const reader = new VarintReader(bytes);
  const count = reader.read();
  const terms = new Array<string>(count);
  const shared = new Uint8Array(count);
  let previous = '';
  for (let index = 0; index < count; index++) {
    const common = reader.read();
    const rest = reader.read();
    const codes = new Array<number>(rest);
    for (let unit = 0; unit < rest; unit++) codes[unit] = reader.read();
    previous = previous.slice(0, common) + String.fromCharCode(...codes);
    terms[index] = previous;
    shared[index] = Math.min(common, 255);
  }
  if (reader.position !== bytes.length) throw new Error('decodeLexiconGroup: trailing bytes (corrupt piece)');
  return { terms, shared };
}

/** A typo lookup: the word, the edits allowed, and the leading letters only a one-edit match may change. */
export interface NearTermQuery {
  readonly term: string;
  readonly maxDistance: number;
  /** Letters at the start of `term` that only a one-edit match may change. */
  readonly kept: number;
}

/**
 * Adds to `found` every term of `group` within the query's edit distance
 * (Levenshtein: insertions, deletions, substitutions, as MiniSearch counts),
 * with its distance. Sorted terms share prefixes, so each Levenshtein row is
 * computed once per prefix, and a prefix whose row already exceeds the
 * distance skips every term that shares it.
 */
export function addNearTerms(group: LexiconGroup, query: NearTermQuery, found: Map<string, number>): void {
  const { term, maxDistance } = query;
  const width = term.length + 1;
  const { terms, shared } = group;
  const longest = terms.reduce((max, candidate) => Math.max(max, candidate.length), 0);
  const rows = new Uint16Array((longest + 1) * width);
  for (let column = 0; column < width; column++) rows[column] = column;
  let validRows = 0;
  let deadFrom = Number.POSITIVE_INFINITY;
  for (let index = 0; index < terms.length; index++) {
    const candidate = terms[index]!;
    const common = Math.min(shared[index]!, validRows);
    if (common >= deadFrom) continue;
    deadFrom = Number.POSITIVE_INFINITY;
    let row = common;
    for (; row < candidate.length; row++) {
      const code = candidate.charCodeAt(row);
      const above = row * width;
      const here = above + width;
      rows[here] = row + 1;
      let minimum = row + 1;
      for (let column = 1; column < width; column++) {
        const cost = term.charCodeAt(column - 1) === code ? 0 : 1;
        const value = Math.min(rows[above + column - 1]! + cost, rows[above + column]! + 1, rows[here + column - 1]! + 1);
        rows[here + column] = value;
        if (value < minimum) minimum = value;
      }
      if (minimum > maxDistance) {
        deadFrom = row + 1;
        break;
      }
    }
    validRows = row === candidate.length ? candidate.length : row + 1;
    if (row < candidate.length) continue;
    const distance = rows[candidate.length * width + term.length]!;
    if (distance > maxDistance) continue;
    if (distance > 1 && query.kept > 0 && !candidate.startsWith(term.slice(0, query.kept))) continue;
    found.set(candidate, distance);
  }
}
