// The compact serialised form of the MiniSearch index: small state JSON, its radix tree and its postings as varints,
// loaded straight into MiniSearch's own data structures, lazily: tree nodes and postings are built when a query first reaches them.

import MiniSearch, { type Options } from 'minisearch';
import { LazyRadixNode, writeLeafEntry, writeTreeEntry } from './lazy-radix-node';
import { encodeTermPostings, type FieldTermData, type PostingsSource } from './term-postings';
import { VarintWriter } from './varint';

/** Everything of a MiniSearch index but its postings. */
export interface CompactIndexState {
  readonly documentCount: number;
  readonly nextId: number;
  readonly dirtCount: number;
  readonly fieldIds: Readonly<Record<string, number>>;
  readonly averageFieldLength: readonly number[];
  /** Document ids by MiniSearch short id (0, 1, 2, …). */
  readonly documentIds: readonly (string | number)[];
  /** Field lengths, `fieldCount` numbers per short id. */
  readonly fieldLength: readonly number[];
}

/** The three parts of a compact index: state JSON, tree bytes, postings bytes. */
export interface CompactIndex {
  readonly state: CompactIndexState;
  readonly tree: Uint8Array;
  readonly postings: Uint8Array;
}

type RadixNode = Map<string, unknown>;
const LEAF = '';

/** MiniSearch, extended only to write and read the compact form of its protected state. */
export class CompactMiniSearch<T> extends MiniSearch<T> {
  /** The serialised tree and postings this index was loaded from, for readers that walk the bytes (near-term-walk.ts). */
  serialised: { readonly tree: Uint8Array; readonly postings: PostingsSource } | undefined;

  /** The index as state JSON (tree included) and a postings byte stream. */
  toCompact(): CompactIndex {
    const fieldCount = Object.keys(this._fieldIds).length;
    const documentIds: (string | number)[] = [];
    const fieldLength: number[] = [];
    for (let shortId = 0; shortId < this._nextId; shortId++) {
      const lengths = this._fieldLength.get(shortId);
      if (!this._documentIds.has(shortId) || lengths === undefined) {
        throw new Error('CompactMiniSearch: the index has removed documents; build it afresh instead of removing from it');
      }
      documentIds.push(this._documentIds.get(shortId) as string | number);
      for (let field = 0; field < fieldCount; field++) fieldLength.push(lengths[field] ?? 0);
    }
    const tree = new VarintWriter();
    const postings = new VarintWriter();
    writeTree(this._index._tree as RadixNode, tree, postings);
    const state: CompactIndexState = {
      documentCount: this._documentCount,
      nextId: this._nextId,
      dirtCount: this._dirtCount,
      fieldIds: this._fieldIds,
      averageFieldLength: this._avgFieldLength,
      documentIds,
      fieldLength,
    };
    return { state, tree: tree.finish(), postings: postings.finish() };
  }

  /** Rebuilds an index from its compact form; `options` must be the ones it was built with. */
  static fromCompact<T>({ state, tree, postings }: CompactIndex, options: Options<T>): CompactMiniSearch<T> {
    const index = new CompactMiniSearch<T>(options);
    const fieldCount = Object.keys(index._fieldIds).length;
    if (JSON.stringify(index._fieldIds) !== JSON.stringify(state.fieldIds)) {
      throw new Error('CompactMiniSearch: the index was built with other fields than these options name; load it with the options it was built with');
    }
    index._documentCount = state.documentCount;
    index._nextId = state.nextId;
    index._dirtCount = state.dirtCount;
    index._avgFieldLength = [...state.averageFieldLength];
    state.documentIds.forEach((id, shortId) => {
      index._documentIds.set(shortId, id);
      index._idToShortId.set(id, shortId);
      index._fieldLength.set(shortId, state.fieldLength.slice(shortId * fieldCount, (shortId + 1) * fieldCount));
    });
    const source: PostingsSource = { bytes: postings };
    index.serialised = { tree, postings: source };
    const root = new LazyRadixNode(tree, source, 0, tree.length);
    // MiniSearch's own SearchableMap class (public constructor taking a tree), taken from the instance so both agree.
    const SearchableMap = index._index.constructor as new (tree: RadixNode) => typeof index._index;
    index._index = new SearchableMap(root);
    return index;
  }
}

/** Writes `node` in pre-order, and each term's postings in the same order. */
function writeTree(node: RadixNode, tree: VarintWriter, postings: VarintWriter): void {
  for (const [edge, child] of node) {
    if (edge === LEAF) {
      writeLeafEntry(tree, postings.byteLength);
      encodeTermPostings(child as FieldTermData, postings);
    } else {
      writeTreeEntry(tree, edge, () => writeTree(child as RadixNode, tree, postings));
    }
  }
}
