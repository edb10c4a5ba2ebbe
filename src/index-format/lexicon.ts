// The lexicon: every term of a segment grouped by length, for typo lookups that need no postings and no term blocks.

import { DamagedPieceError } from './damaged-piece-error';
import { VarintReader, VarintWriter, varintByteLength } from './varint';

/**
 * Terms within d edits differ in length by at most d, so a typo lookup reads
 * only the 2d + 1 length groups around its word instead of the whole
 * dictionary. A group (format 12) is its terms as a trie, written depth
 * first: the count of terms and their length, then each node's unit and,
 * above the last letter, the byte length of the nodes under it, which follow.
 * A typo scan computes one Levenshtein row a node and passes over the bytes
 * of every node under one whose row is already out of reach: at a million
 * articles a misspelt name walked 3.1 million front-coded terms (format 11)
 * of which 112,000 were within reach of their prefix (BENCHMARKS.md).
 */
export function encodeLexiconGroup(sortedTerms: readonly string[]): Uint8Array {
  const length = sortedTerms[0]?.length ?? 0;
  for (const term of sortedTerms) {
    if (term.length !== length) throw new Error(`encodeLexiconGroup: "${term}" is not ${length} units long, as the group's first term is`);
  }
  const writer = new VarintWriter();
  writer.write(sortedTerms.length);
  writer.write(length);
  if (length > 0) new TrieWriter(sortedTerms, length).writeInto(writer);
  return writer.finish();
}

/**
 * Writes sorted terms of one length as a trie, depth first. A node's size
 * comes before the nodes under it, so a first pass measures every node (in
 * the order the second writes them) and the second writes into one buffer: a
 * buffer a node, copied into its parent's, was minutes of a 1M build.
 * VarintWriter.reserve() writes a length afterwards in one pass, but always in
 * four bytes: at 1M the 2,657,770 sizes take 2,685,412 bytes, and four each
 * would make the 11.3 MB of groups 19.2 MB.
 */
class TrieWriter {
  /** The byte length under each node above the last letter, in writing order. */
  private sizes = new Int32Array(1024);
  private measured = 0;
  private written = 0;

  constructor(
    private readonly terms: readonly string[],
    private readonly length: number,
  ) {}

  writeInto(writer: VarintWriter): void {
    this.measure(0, this.terms.length, 0);
    this.write(writer, 0, this.terms.length, 0);
  }

  /** The end of the run of terms from `start` sharing its unit at `depth` (terms from `start` to `to` share the units before it). */
  private runEnd(start: number, to: number, depth: number): number {
    const unit = this.terms[start]!.charCodeAt(depth);
    let end = start + 1;
    while (end < to && this.terms[end]!.charCodeAt(depth) === unit) end++;
    return end;
  }

  private measure(from: number, to: number, depth: number): number {
    let bytes = 0;
    for (let start = from; start < to; ) {
      const end = this.runEnd(start, to, depth);
      bytes += varintByteLength(this.terms[start]!.charCodeAt(depth));
      if (depth + 1 < this.length) {
        const slot = this.measured++;
        if (slot === this.sizes.length) {
          const grown = new Int32Array(this.sizes.length * 2);
          grown.set(this.sizes);
          this.sizes = grown;
        }
        const below = this.measure(start, end, depth + 1);
        this.sizes[slot] = below;
        bytes += varintByteLength(below) + below;
      }
      start = end;
    }
    return bytes;
  }

  private write(writer: VarintWriter, from: number, to: number, depth: number): void {
    for (let start = from; start < to; ) {
      const end = this.runEnd(start, to, depth);
      writer.write(this.terms[start]!.charCodeAt(depth));
      if (depth + 1 < this.length) {
        writer.write(this.sizes[this.written++]!);
        this.write(writer, start, end, depth + 1);
      }
      start = end;
    }
  }
}

/** A length group as read: its bytes and where its trie starts. Terms are made into strings only when a scan finds them. */
export interface LexiconGroup {
  readonly bytes: Uint8Array;
  readonly count: number;
  /** Where the trie starts, after the count and the length. */
  readonly start: number;
  /** Every term's length, in UTF-16 units: the group's. */
  readonly length: number;
}

/**
 * Reads a length group's count and length. Its trie is checked as a scan
 * walks it (addNearTerms): a node whose nodes below run past its parent's,
 * or bytes that do not end where the trie does, are refused.
 */
export function decodeLexiconGroup(bytes: Uint8Array): LexiconGroup {
  const reader = new VarintReader(bytes);
  const count = reader.read();
  const length = reader.read();
  const start = reader.position;
  if ((count === 0 || length === 0) !== (start === bytes.length))
    throw new Error('decodeLexiconGroup: its trie does not match its count (corrupt piece)');
  if (length > bytes.length) throw new Error('decodeLexiconGroup: its terms are longer than its bytes (corrupt piece)');
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
 * with its distance. The trie is walked depth first, one Levenshtein row a
 * node, from its parent's row; a node whose row already exceeds the distance
 * has no term within reach under it, and the walk passes over its bytes. The
 * numbers are read in place with integer shifts, as decodeTriples
 * (posting-blocks.ts) reads postings. A trie whose sizes do not hold
 * together is refused as damaged, never walked into wrong terms.
 */
export function addNearTerms(group: LexiconGroup, query: NearTermQuery, found: Map<string, number>): void {
  const { term, maxDistance, kept } = query;
  const { bytes, length } = group;
  if (group.count === 0 || length === 0) return;
  const width = term.length + 1;
  const wanted = new Uint16Array(term.length);
  for (let column = 0; column < term.length; column++) wanted[column] = term.charCodeAt(column);
  const rows = new Uint16Array((length + 1) * width);
  for (let column = 0; column < width; column++) rows[column] = column;
  const candidate = new Uint16Array(length);
  // Where the nodes of each depth end: the trie's end, then each open node's nodes below.
  const ends = new Int32Array(length);
  ends[0] = bytes.length;
  let depth = 0;
  let position = group.start;
  for (;;) {
    if (position >= ends[depth]!) {
      if (position > ends[depth]!) throw damagedGroup('a node runs past the nodes around it');
      if (depth === 0) break;
      depth--;
      continue;
    }
    let byte = bytes[position++]!;
    let code = byte & 0x7f;
    for (let shift = 7; byte >= 0x80; shift += 7) {
      byte = bytes[position++]!;
      code |= (byte & 0x7f) << shift;
    }
    const last = depth + 1 === length;
    let below = position;
    if (!last) {
      byte = bytes[position++]!;
      let size = byte & 0x7f;
      for (let shift = 7; byte >= 0x80; shift += 7) {
        byte = bytes[position++]!;
        size |= (byte & 0x7f) << shift;
      }
      below = position + size;
      if (below > ends[depth]!) throw damagedGroup('the nodes under a node run past the nodes around it');
    }
    candidate[depth] = code;
    const above = depth * width;
    const here = above + width;
    rows[here] = depth + 1;
    let minimum = depth + 1;
    for (let column = 1; column < width; column++) {
      const cost = wanted[column - 1] === code ? 0 : 1;
      const value = Math.min(rows[above + column - 1]! + cost, rows[above + column]! + 1, rows[here + column - 1]! + 1);
      rows[here + column] = value;
      if (value < minimum) minimum = value;
    }
    if (minimum > maxDistance) {
      position = below;
      continue;
    }
    if (!last) {
      depth++;
      ends[depth] = below;
      continue;
    }
    const distance = rows[here + term.length]!;
    if (distance > maxDistance) continue;
    if (distance > 1 && kept > 0 && !startsWithKept(candidate, length, wanted, kept)) continue;
    found.set(String.fromCharCode(...candidate), distance);
  }
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
