// Term view: every segment's terms as one dictionary, read synchronously from loaded pieces, noting the pieces it lacked.

import type { SegmentRoot } from '../index-format/artefacts';
import { addNearTerms, decodeLexiconGroup, type LexiconGroup, type NearTermQuery } from '../index-format/lexicon';
import { type PostingList, TermBlock } from '../index-format/term-block';
import { sha256Digest, webCryptoSha256 } from '../text/sha256';
import type { PieceDecoder } from './piece-store';

/** One term's postings across every segment: ordinals global, deleted documents left out. */
export interface TermData {
  postingList(fieldId: number): PostingList | null;
}

/** A loaded segment: its root, its first ordinal and its deleted local ids. */
export interface LoadedSegment {
  readonly root: SegmentRoot;
  readonly base: number;
  readonly deleted: ReadonlySet<number> | null;
}

/**
 * A block holds its bytes and, per term, its string and offset: about 64
 * bytes a term beside the bytes. A fixed multiple of the size would not do:
 * a 10k block of short lists held 1.6× its bytes, a 1M block of long ones
 * 1.08× (`npx tsx scripts/bench/scale/piece-weights.ts --index DIR`). Each
 * posting list it decodes later is charged as it grows.
 */
export const TERM_BLOCK_DECODER: PieceDecoder<TermBlock> = {
  kind: 'term block',
  weight: 1,
  extraBytes: (block) => 64 * block.terms.length,
  // A span of postings is checked against the block's head when a lookup first reads it, once per isolate; a runtime
  // without a synchronous hash checks them all before the block is used.
  decode: (bytes, _name, grow, checks) => new TermBlock(bytes, grow, sha256Digest, checks),
  ...(sha256Digest === undefined ? { check: (block: TermBlock) => block.checkEvery(webCryptoSha256) } : {}),
};
/** A group is kept as its bytes (lexicon.ts); as one string a term it cost about 6.3× them (40k news, piece-weights.ts). */
export const LEXICON_DECODER: PieceDecoder<LexiconGroup> = { kind: 'lexicon group', weight: 1.05, decode: (bytes) => decodeLexiconGroup(bytes) };

/** Where the view finds loaded pieces, and where it notes those it needed but did not find. */
export interface PieceSource {
  get<T>(name: string, decoder: PieceDecoder<T>): T | undefined;
  /** True once this run has asked for a piece not in memory: its result will be thrown away and the run repeated. */
  incomplete(): boolean;
  /** True when this run answers without a piece its request's read budget refused: what it derives must not be kept for others. */
  partial(): boolean;
}

interface Part {
  readonly block: TermBlock;
  readonly position: number;
  readonly segment: LoadedSegment;
}

const EMPTY = new Int32Array(0);

/** A term's parts in every segment that holds it, merged per field on first use. */
class MergedTerm implements TermData {
  private readonly lists = new Map<number, PostingList | null>();

  /** `owner` keys merged lists kept with the first part's block; `source` says whether every part was found, so a merge may be kept. */
  constructor(
    private readonly parts: readonly Part[],
    private readonly owner: object,
    private readonly source: PieceSource,
  ) {}

  /** True when some article not deleted holds the term: a term only deleted articles held is, to a reader, not in the index. */
  isLive(): boolean {
    return this.parts.some(({ block, position, segment }) => {
      const { deleted } = segment;
      const fields = block.fieldsAt(position);
      // A block lists a term only with postings, so without deletions there is nothing to decode.
      if (deleted === null) return fields.length > 0;
      return fields.some((fieldId) => block.postingList(position, fieldId)?.documents.some((local) => !deleted.has(local)) ?? false);
    });
  }

  postingList(fieldId: number): PostingList | null {
    let list = this.lists.get(fieldId);
    if (list === undefined) {
      list = this.merge(fieldId);
      this.lists.set(fieldId, list);
    }
    return list;
  }

  private merge(fieldId: number): PostingList | null {
    const found: { list: PostingList; segment: LoadedSegment }[] = [];
    for (const { block, position, segment } of this.parts) {
      const list = block.postingList(position, fieldId);
      if (list !== null) found.push({ list, segment });
    }
    if (found.length === 0) return null;
    if (found.length === 1 && found[0]!.segment.base === 0 && found[0]!.segment.deleted === null) return found[0]!.list;
    // A run that lacked a piece (or was refused one) may have missed a part, so its merge is used once and not kept.
    if (this.source.incomplete() || this.source.partial()) return combine(found);
    const { block, position } = this.parts[0]!;
    // Kept, because an index with deletions would otherwise copy a common word's postings at every query.
    return block.keptList(this.owner, position, fieldId, () => combine(found));
  }
}

/** Postings of several segments as one list: ordinals made global, deleted articles left out. */
function combine(found: readonly { list: PostingList; segment: LoadedSegment }[]): PostingList {
  const size = found.reduce((sum, { list }) => sum + list.documents.length, 0);
  const documents = new Int32Array(size);
  const frequencies = new Int32Array(size);
  const lengths = new Int32Array(size);
  let count = 0;
  for (const { list, segment } of found) {
    for (let index = 0; index < list.documents.length; index++) {
      const local = list.documents[index]!;
      if (segment.deleted?.has(local)) continue;
      documents[count] = segment.base + local;
      frequencies[count] = list.frequencies[index]!;
      lengths[count] = list.lengths[index]!;
      count++;
    }
  }
  if (count === 0) return { documents: EMPTY, frequencies: EMPTY, lengths: EMPTY, size: 0 };
  return { documents: documents.subarray(0, count), frequencies: frequencies.subarray(0, count), lengths: lengths.subarray(0, count), size: count };
}

/** The index of the last block whose first term is ≤ `term`, or -1 when `term` sorts before every block. */
function blockFor(first: readonly string[], term: string): number {
  let low = 0;
  let high = first.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (first[middle]! <= term) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Typo scans kept per engine: each is a short list of near terms, and 256 of them hold a day's distinct misspellings of a busy site. */
const MAX_KEPT_NEAR_SCANS = 256;

/**
 * Lookups answer from the pieces `source` has loaded. A lookup that needs a
 * piece not yet loaded answers without it, and the source notes the piece;
 * the engine then loads what was noted and runs the work again (see
 * Engine.complete), so only a run that lacked nothing is ever answered.
 */
export class TermView {
  /** Typo scans already made, by query: the lexicon never changes, and a scan repeats in every round of a run and in every run of a popular misspelling. */
  private readonly nearScans = new Map<string, ReadonlyMap<string, number>>();

  constructor(
    private readonly segments: readonly LoadedSegment[],
    private readonly source: PieceSource,
  ) {}

  /**
   * True once this run has asked for a piece not in memory: whatever it goes
   * on to work out is thrown away and the run repeated (Engine.complete), so
   * costly work may stop here.
   */
  lacksPieces(): boolean {
    return this.source.incomplete();
  }

  private partsOf(term: string, into: Part[]): void {
    for (const segment of this.segments) {
      const { first, pieces } = segment.root.blocks;
      const index = blockFor(first, term);
      if (index < 0) continue;
      const block = this.source.get(pieces[index]!, TERM_BLOCK_DECODER);
      if (block === undefined) continue;
      const position = block.find(term);
      if (position >= 0) into.push({ block, position, segment });
    }
  }

  /** The term's postings in every segment, or undefined when no segment has it. */
  get(term: string): TermData | undefined {
    const parts: Part[] = [];
    this.partsOf(term, parts);
    return parts.length === 0 ? undefined : new MergedTerm(parts, this, this.source);
  }

  /** The readable spelling of a term (the term itself when no other is recorded or it is not indexed). */
  display(term: string): string {
    for (const segment of this.segments) {
      const { first, pieces } = segment.root.blocks;
      const index = blockFor(first, term);
      const block = index < 0 ? undefined : this.source.get(pieces[index]!, TERM_BLOCK_DECODER);
      const position = block?.find(term) ?? -1;
      if (block !== undefined && position >= 0) return block.displayAt(position);
    }
    return term;
  }

  /** Every term starting with `prefix` (itself included), in term order, with its postings. */
  completions(prefix: string): [string, TermData][] {
    const parts = new Map<string, Part[]>();
    for (const segment of this.segments) {
      const { first, pieces } = segment.root.blocks;
      for (let index = Math.max(0, blockFor(first, prefix)); index < first.length; index++) {
        if (first[index]! > prefix && !first[index]!.startsWith(prefix)) break;
        const block = this.source.get(pieces[index]!, TERM_BLOCK_DECODER);
        if (block === undefined) continue;
        const found = block.find(prefix);
        for (let position = found >= 0 ? found : -found - 1; position < block.terms.length; position++) {
          const term = block.terms[position]!;
          if (!term.startsWith(prefix)) break;
          const list = parts.get(term);
          if (list === undefined) parts.set(term, [{ block, position, segment }]);
          else list.push({ block, position, segment });
        }
      }
    }
    return [...parts.keys()].sort().map((term) => [term, new MergedTerm(parts.get(term)!, this, this.source)]);
  }

  /**
   * Terms within the query's edit distance (see NearTermQuery) → their postings
   * and distance, in term order; with `limit`, only that many of them: the
   * fewest edits first, then the closest in length, then in term order. Each
   * near term may sit in a term block of its own, so the limit bounds the reads.
   */
  near(query: NearTermQuery, limit = Number.POSITIVE_INFINITY): Map<string, [TermData, number]> {
    // A run that already lacks a piece is repeated once it is read, so scanning the lexicon now is
    // wasted: a word looks unknown (and asks for typo matches) only because its term block is not
    // in memory yet. At 40k articles that scan is a million terms, most of a cold query's time.
    if (this.source.incomplete()) return new Map();
    const distances = this.scanLexicon(query);
    if (distances === undefined) return new Map();
    const ordered = [...distances]
      .sort(
        ([a, da], [b, db]) =>
          da - db || Math.abs(a.length - query.term.length) - Math.abs(b.length - query.term.length) || (a < b ? -1 : a > b ? 1 : 0),
      )
      .map(([near]) => near);
    const found = new Map<string, [TermData, number]>();
    // A near term whose block is not read yet counts against the limit until the next run tells whether
    // deleted articles alone held it, so one run never asks for more blocks than the limit.
    let unread = 0;
    for (const near of ordered) {
      if (found.size + unread >= limit) break;
      const parts: Part[] = [];
      this.partsOf(near, parts);
      if (this.source.incomplete() && parts.length === 0) unread++;
      else if (parts.length > 0) {
        const data = new MergedTerm(parts, this, this.source);
        if (data.isLive()) found.set(near, [data, distances.get(near)!]);
      }
    }
    return new Map([...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  /** Terms within the query's distance → that distance, or undefined while a length group it needs is not in memory. */
  private scanLexicon(query: NearTermQuery): ReadonlyMap<string, number> | undefined {
    const key = `${query.maxDistance}:${query.kept}:${query.term}`;
    const scanned = this.nearScans.get(key);
    if (scanned !== undefined) {
      this.nearScans.delete(key);
      this.nearScans.set(key, scanned);
      return scanned;
    }
    const groups: LexiconGroup[] = [];
    for (const segment of this.segments) {
      const { lengths, pieces } = segment.root.lexicon;
      lengths.forEach((length, index) => {
        if (Math.abs(length - query.term.length) > query.maxDistance) return;
        const group = this.source.get(pieces[index]!, LEXICON_DECODER);
        if (group !== undefined) groups.push(group);
      });
    }
    if (this.source.incomplete()) return undefined;
    const distances = new Map<string, number>();
    for (const group of groups) addNearTerms(group, query, distances);
    // A scan that lacked a refused length group is this request's alone.
    if (this.source.partial()) return distances;
    this.nearScans.set(key, distances);
    if (this.nearScans.size > MAX_KEPT_NEAR_SCANS) this.nearScans.delete(this.nearScans.keys().next().value!);
    return distances;
  }
}
