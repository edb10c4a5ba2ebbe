// Typo lookups straight off the serialised term tree: terms within an edit distance, found without building tree nodes.

import { termPostingsAt, type PostingsSource, type TermPostings } from './term-postings';
import { VarintReader } from './varint';

/**
 * A depth-first walk of the pre-order tree bytes (see lazy-radix-node.ts)
 * carrying one Levenshtein row per letter, as MiniSearch's fuzzy search does
 * over its Map nodes: the same rows, the same pruning, the same order. A
 * subtree no match can lie in is skipped by its byte length, so a walk reads
 * only the bytes it needs and creates nothing but its matches. (A walk over
 * the lazy Map tree builds every node it passes: on a fresh isolate one typo
 * query built enough of them to cost 50–100 ms.)
 *
 * One rule of ours: with `kept` > 0, a term that does not start with the
 * query's first `kept` letters matches only within a single edit.
 */
export interface NearTermQuery {
  readonly term: string;
  readonly maxDistance: number;
  /** Letters at the start of `term` that only a one-edit match may change. */
  readonly kept: number;
}

/** Terms found → [their postings, their distance], in tree order. */
export type NearTerms = Map<string, [TermPostings, number]>;

class Walk {
  private readonly reader: VarintReader;
  private readonly query: Uint16Array;
  private readonly columns: number;
  private readonly rows: number;
  private readonly matrix: Uint8Array;
  private readonly path: number[] = [];
  readonly found: NearTerms = new Map();

  constructor(
    tree: Uint8Array,
    private readonly postings: PostingsSource,
    private readonly spec: NearTermQuery,
  ) {
    this.reader = new VarintReader(tree, 0);
    this.query = Uint16Array.from(spec.term, (character) => character.charCodeAt(0));
    this.columns = this.query.length + 1;
    this.rows = this.columns + spec.maxDistance;
    this.matrix = new Uint8Array(this.rows * this.columns).fill(spec.maxDistance + 1);
    for (let column = 0; column < this.columns; column++) this.matrix[column] = column;
    for (let row = 1; row < this.rows; row++) this.matrix[row * this.columns] = row;
  }

  /** Fills the matrix row for one more letter of the path; returns the row's smallest distance. */
  private addRow(row: number, code: number): number {
    const { matrix, columns, query } = this;
    const { maxDistance } = this.spec;
    const current = row * columns;
    const previous = current - columns;
    let smallest = matrix[current]!;
    const from = Math.max(0, row - maxDistance - 1);
    const to = Math.min(columns - 1, row + maxDistance);
    for (let column = from; column < to; column++) {
      const replace = matrix[previous + column]! + (code === query[column] ? 0 : 1);
      const remove = matrix[previous + column + 1]! + 1;
      const insert = matrix[current + column]! + 1;
      const distance = Math.min(replace, remove, insert);
      matrix[current + column + 1] = distance;
      if (distance < smallest) smallest = distance;
    }
    return smallest;
  }

  /** Walks the node whose entries run from the reader's position to `end`; `depth` letters are on the path, `agrees` if they start with the kept letters. */
  visit(end: number, depth: number, agrees: boolean): void {
    const { reader, spec, columns } = this;
    while (reader.position < end) {
      const edgeLength = reader.read();
      if (edgeLength === 0) {
        const offset = reader.read();
        const distance = this.matrix[depth * columns + columns - 1]!;
        const limit = agrees && depth >= spec.kept ? spec.maxDistance : Math.min(1, spec.maxDistance);
        if (distance <= limit) this.found.set(String.fromCharCode(...this.path), [termPostingsAt(this.postings, offset), distance]);
        continue;
      }
      let childAgrees = agrees;
      let reachable = true;
      let letters = 0;
      for (; letters < edgeLength && reachable; letters++) {
        const code = reader.read();
        const row = depth + letters + 1;
        if (row - 1 < spec.kept && code !== this.query[row - 1]) childAgrees = false;
        const limit = childAgrees ? spec.maxDistance : Math.min(1, spec.maxDistance);
        reachable = row < this.rows && this.addRow(row, code) <= limit;
        this.path.push(code);
      }
      // Letters of the edge not read once it is out of reach are stepped over.
      for (let rest = letters; rest < edgeLength; rest++) reader.read();
      const size = reader.read();
      const childEnd = reader.position + size;
      if (reachable) this.visit(childEnd, depth + edgeLength, childAgrees);
      reader.position = childEnd;
      this.path.length = depth;
    }
  }
}

/** Terms of the serialised tree within `maxDistance` edits of `term` (see NearTermQuery for `kept`). */
export function walkNearTerms(tree: Uint8Array, postings: PostingsSource, query: NearTermQuery): NearTerms {
  const walk = new Walk(tree, postings, query);
  walk.visit(tree.length, 0, true);
  return walk.found;
}
