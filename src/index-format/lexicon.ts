// The lexicon: every term of a segment grouped by length, for typo lookups that need no postings and no term blocks.

import { DamagedPieceError } from './damaged-piece-error';
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

/**
 * A length group as read: its front-coded bytes and what a scan needs to walk
 * them. Terms are not made into strings: at a million articles a typo lookup
 * reads length groups of hundreds of thousands of terms, and building a
 * string for each, then collecting them, was most of a 319 ms first answer;
 * walking the bytes instead, it took 106 ms (BENCHMARKS.md). A scan makes a
 * string of the few terms within reach only.
 */
export interface LexiconGroup {
  readonly bytes: Uint8Array;
  readonly count: number;
  /** Where the first term starts, after the count. */
  readonly start: number;
  /** Every term's length, in UTF-16 units: the group's. */
  readonly length: number;
}

/**
 * Reads a length group's count and length, checking only that its first term
 * starts afresh and that its bytes could hold its terms. The scan checks each
 * term as it walks it (addNearTerms): walking every term once more here, to
 * check them before any scan, was about a third of a first typo lookup at a
 * million articles (46 of 125 ms), and a scan walks every term anyway.
 */
export function decodeLexiconGroup(bytes: Uint8Array): LexiconGroup {
  const reader = new VarintReader(bytes);
  const count = reader.read();
  const start = reader.position;
  if (count === 0) {
    if (start !== bytes.length) throw new Error('decodeLexiconGroup: trailing bytes after an empty group (corrupt piece)');
    return { bytes, count, start, length: 0 };
  }
  // A term takes at least two bytes (its shared and rest counts) beside its units.
  if (count * 2 > bytes.length - start) throw new Error('decodeLexiconGroup: it claims more terms than its bytes hold (corrupt piece)');
  const shared = reader.read();
  const length = reader.read();
  if (shared !== 0) throw new Error('decodeLexiconGroup: its first term shares units with no term before it (corrupt piece)');
  if (length > bytes.length - reader.position) throw new Error('decodeLexiconGroup: its first term runs past its bytes (corrupt piece)');
  return { bytes, count, start, length };
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
 * distance skips every term that shares it. Each term is rebuilt, unit by
 * unit, in one buffer from the one before it. The numbers are read in place
 * with integer shifts, as decodeTriples (posting-blocks.ts) reads postings:
 * the scan reads every unit of every term of the lengths it allows. A group
 * whose terms do not hold together (a term of another length, bytes left
 * over or missing) is refused as damaged, never scanned into wrong terms.
 */
export function addNearTerms(group: LexiconGroup, query: NearTermQuery, found: Map<string, number>): void {
  const { term, maxDistance, kept } = query;
  const { bytes, length } = group;
  const width = term.length + 1;
  const wanted = new Uint16Array(term.length);
  for (let column = 0; column < term.length; column++) wanted[column] = term.charCodeAt(column);
  const rows = new Uint16Array((length + 1) * width);
  for (let column = 0; column < width; column++) rows[column] = column;
  const candidate = new Uint16Array(length);
  let position = group.start;
  let validRows = 0;
  let deadFrom = Number.POSITIVE_INFINITY;
  for (let index = 0; index < group.count; index++) {
    let byte = bytes[position++]!;
    let shared = byte & 0x7f;
    for (let shift = 7; byte >= 0x80; shift += 7) {
      byte = bytes[position++]!;
      shared |= (byte & 0x7f) << shift;
    }
    byte = bytes[position++]!;
    let rest = byte & 0x7f;
    for (let shift = 7; byte >= 0x80; shift += 7) {
      byte = bytes[position++]!;
      rest |= (byte & 0x7f) << shift;
    }
    if (shared + rest !== length || position > bytes.length) throw damagedGroup('a term is not as long as its group');
    for (let unit = shared; unit < length; unit++) {
      byte = bytes[position++]!;
      let code = byte & 0x7f;
      for (let shift = 7; byte >= 0x80; shift += 7) {
        byte = bytes[position++]!;
        code |= (byte & 0x7f) << shift;
      }
      candidate[unit] = code;
    }
    const common = Math.min(shared, validRows);
    if (common >= deadFrom) continue;
    deadFrom = Number.POSITIVE_INFINITY;
    let row = common;
    for (; row < length; row++) {
      const code = candidate[row]!;
      const above = row * width;
      const here = above + width;
      rows[here] = row + 1;
      let minimum = row + 1;
      for (let column = 1; column < width; column++) {
        const cost = wanted[column - 1] === code ? 0 : 1;
        const value = Math.min(rows[above + column - 1]! + cost, rows[above + column]! + 1, rows[here + column - 1]! + 1);
        rows[here + column] = value;
        if (value < minimum) minimum = value;
      }
      if (minimum > maxDistance) {
        deadFrom = row + 1;
        break;
      }
    }
    validRows = row === length ? length : row + 1;
    if (row < length) continue;
    const distance = rows[length * width + term.length]!;
    if (distance > maxDistance) continue;
    if (distance > 1 && kept > 0 && !startsWithKept(candidate, length, wanted, kept)) continue;
    found.set(String.fromCharCode(...candidate), distance);
  }
  // A term cut short reads past the end (undefined ends a number as 0): the bytes must end with the last term.
  if (position !== bytes.length)
    throw damagedGroup(position > bytes.length ? 'its last term runs past its end' : 'bytes are left after its last term');
}

function damagedGroup(reason: string): DamagedPieceError {
  return new DamagedPieceError(`A lexicon group is damaged: ${reason}.`);
}

/** Whether the candidate starts with the query's first `kept` units (all of them, in a shorter query). */
function startsWithKept(candidate: Uint16Array, length: number, wanted: Uint16Array, kept: number): boolean {
  const units = Math.min(kept, wanted.length);
  if (length < units) return false;
  for (let unit = 0; unit < units; unit++) if (candidate[unit] !== wanted[unit]) return false;
  return true;
}
