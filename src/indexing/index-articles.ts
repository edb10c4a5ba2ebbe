// Article inversion: a batch of articles → its stored documents and its sorted terms with postings, by MiniSearch's indexing rules.

import { analyzeWord } from '../analysis/pipeline';
import type { Article } from '../content/article';
import { ARTICLE_HASH_DIGITS, type StoredDocumentRow } from '../index-format/artefacts';
import { INDEX_FIELDS, isPairToken, processTermForField, sourceOf, tokenizeField } from '../index-format/search-options';
import type { TermEntry } from '../index-format/term-block';
import { sha256Hex } from '../text/sha256';
import { DisplayFormCounter, type SpellingCount } from './display-forms';
import type { StorableField } from './stored-fields';

/** One document of a segment as the writer takes it: what is stored, its content hash and its field lengths. */
export interface SegmentDocument {
  readonly row: StoredDocumentRow;
  readonly hash: string;
  readonly lengths: readonly number[];
}

/** One term's postings in one field, in local-id order. */
interface FieldPostings {
  readonly documents: number[];
  readonly frequencies: number[];
}

/** Adds one occurrence in `localId`: documents arrive in order, so it raises the last posting or appends one. */
function addOccurrence(list: FieldPostings, localId: number): void {
  const last = list.documents.length - 1;
  if (last >= 0 && list.documents[last] === localId) list.frequencies[last]!++;
  else {
    list.documents.push(localId);
    list.frequencies.push(1);
  }
}

/** Field ids by source text, in INDEX_FIELDS order (the ids MiniSearch gives the fields of createIndexOptions). */
const FIELDS_OF = {
  title: INDEX_FIELDS.flatMap((field, id) => (sourceOf(field) === 'title' ? [{ field, id }] : [])),
  body: INDEX_FIELDS.flatMap((field, id) => (sourceOf(field) === 'body' ? [{ field, id }] : [])),
};
const SOURCES = ['title', 'body'] as const;

/**
 * What one distinct token of a batch does at each occurrence, worked out at
 * its first: the posting lists it adds to, by source, and the counter of its
 * spelling. A news batch repeats its words hundreds of times, and analysing
 * and looking up every term of every occurrence again was most of a build.
 */
interface TokenPlan {
  /** By source (0 title, 1 body): one list per term of each of the source's fields, a term listed twice appearing twice, as MiniSearch counts it. */
  readonly lists: [FieldPostings[] | undefined, FieldPostings[] | undefined];
  readonly spelling: SpellingCount | null;
  /** The last (document, source) the token was counted in, for the field length (the number of distinct tokens). */
  lastSeen: number;
}

/**
 * Inverts a batch by the rules of createIndexOptions, exactly as MiniSearch
 * would: the same tokens, terms, frequencies and field lengths (the number of
 * distinct tokens). It does without MiniSearch's radix tree and per-term
 * document maps, which took most of a build's time: each text is tokenised
 * once for its four fields, each distinct token is analysed once per batch,
 * and since documents arrive in order, a posting is appended or its
 * frequency raised.
 */
class BatchInverter {
  private readonly postings = new Map<string, (FieldPostings | undefined)[]>();
  private readonly plans = new Map<string, TokenPlan>();
  private readonly lengths: number[][] = [];
  readonly displayForms = new DisplayFormCounter();

  add(localId: number, article: Article): void {
    const lengths = new Array<number>(INDEX_FIELDS.length).fill(0);
    this.lengths[localId] = lengths;
    for (let source = 0; source < SOURCES.length; source++) {
      const seenMark = localId * SOURCES.length + source;
      let distinct = 0;
      for (const token of tokenizeField(article[SOURCES[source]!])) {
        const plan = this.planOf(token);
        if (plan.lastSeen !== seenMark) {
          plan.lastSeen = seenMark;
          distinct++;
        }
        const lists = plan.lists[source] ?? this.listsOf(token, plan, source);
        for (let index = 0; index < lists.length; index++) addOccurrence(lists[index]!, localId);
        if (plan.spelling !== null) plan.spelling.count++;
      }
      for (const { id } of FIELDS_OF[SOURCES[source]!]) lengths[id] = distinct;
    }
  }

  private planOf(token: string): TokenPlan {
    let plan = this.plans.get(token);
    if (plan === undefined) {
      const analysis = isPairToken(token) ? null : analyzeWord(token);
      const spelling = analysis === null ? null : this.displayForms.counterOf(token, analysis.surface);
      this.plans.set(token, (plan = { lists: [undefined, undefined], spelling, lastSeen: -1 }));
    }
    return plan;
  }

  /** The lists a token adds to in each field of a source, made on its first occurrence there. */
  private listsOf(token: string, plan: TokenPlan, source: number): FieldPostings[] {
    const lists: FieldPostings[] = [];
    for (const { field, id } of FIELDS_OF[SOURCES[source]!]) {
      const terms = processTermForField(token, field);
      if (Array.isArray(terms)) for (const term of terms) lists.push(this.listOf(term, id));
      else if (terms) lists.push(this.listOf(terms, id));
    }
    plan.lists[source] = lists;
    return lists;
  }

  private listOf(term: string, fieldId: number): FieldPostings {
    let byField = this.postings.get(term);
    if (byField === undefined) this.postings.set(term, (byField = []));
    let list = byField[fieldId];
    if (list === undefined) byField[fieldId] = list = { documents: [], frequencies: [] };
    return list;
  }

  fieldLengths(localId: number): readonly number[] {
    return this.lengths[localId] ?? [];
  }

  /**
   * Every term with its postings, sorted by term (UTF-16 order, the order the
   * worker binary-searches), each shown as readers most often spell it. Read
   * once, after the last article: each term's postings are let go once it is
   * handed on, so a batch never holds its postings twice (two batches on two
   * threads passed 4 GB when it did).
   */
  *termEntries(): Generator<TermEntry> {
    this.plans.clear();
    const forms = this.displayForms.forms();
    for (const term of [...this.postings.keys()].sort()) {
      const display = Object.hasOwn(forms, term) ? forms[term]! : term;
      yield this.termEntry(term, display);
      this.postings.delete(term);
    }
  }

  private termEntry(term: string, display: string): TermEntry {
    const fields = new Map<number, { documents: number[]; frequencies: number[]; lengths: number[] }>();
    this.postings.get(term)!.forEach((list, fieldId) => {
      if (list === undefined) return;
      const lengths = list.documents.map((document) => this.lengths[document]![fieldId] ?? 0);
      fields.set(fieldId, { documents: list.documents, frequencies: list.frequencies, lengths });
    });
    return { term, display: display === term ? '' : display, fields };
  }
}

/** A canonical serialisation of one article: same content, same text, whatever the key order in the files. */
export function canonicalArticle(a: Article): string {
  return JSON.stringify([a.id, a.title, a.body, a.url ?? null, a.date ?? null, a.category ?? null, a.source ?? null, a.tags ?? []]);
}

/** Hashes already computed, by article object: the plan, the content hash and the segment writer all ask for them. */
const knownHashes = new WeakMap<Article, string>();

/**
 * Sets an article's content hash to the hash of its own source bytes (a JSONL
 * line), which a later build can compare before parsing the line.
 */
export function rememberSourceHash(article: Article, hash: string): void {
  knownHashes.set(article, hash);
}

/** The hash an incremental build compares to tell an edited article from an unchanged one. */
export async function articleHash(article: Article): Promise<string> {
  let hash = knownHashes.get(article);
  if (hash === undefined) {
    hash = (await sha256Hex(canonicalArticle(article))).slice(0, ARTICLE_HASH_DIGITS);
    knownHashes.set(article, hash);
  }
  return hash;
}

export function storedRow(article: Article, stored: ReadonlySet<StorableField>): StoredDocumentRow {
  const keep = <T>(field: StorableField, value: T, absent: T): T => (stored.has(field) ? value : absent);
  return [
    article.id,
    article.title,
    article.body,
    keep('url', article.url ?? null, null),
    keep('date', article.date ?? null, null),
    keep('category', article.category ?? null, null),
    keep('source', article.source ?? null, null),
    keep('tags', article.tags ?? [], []),
  ];
}

/** A batch inverted: documents in local-id order, terms sorted, and the field count. */
export interface InvertedBatch {
  readonly documents: SegmentDocument[];
  /** Read once: postings are let go as they are read. */
  readonly terms: Iterable<TermEntry>;
  readonly fieldCount: number;
}

/**
 * Analyses and inverts `articles` (local ids follow their order). Postings
 * carry each document's field length, and each term the spelling readers
 * see most often in this batch.
 */
export async function indexArticles(
  articles: readonly Article[],
  stored: ReadonlySet<StorableField>,
  onProgress?: (indexed: number, total: number) => void,
): Promise<InvertedBatch> {
  const index = new BatchInverter();
  articles.forEach((article, ordinal) => {
    index.add(ordinal, article);
    if (onProgress && (ordinal % 250 === 249 || ordinal === articles.length - 1)) onProgress(ordinal + 1, articles.length);
  });
  const documents: SegmentDocument[] = [];
  for (const [localId, article] of articles.entries()) {
    documents.push({ row: storedRow(article, stored), hash: await articleHash(article), lengths: [...index.fieldLengths(localId)] });
  }
  return { documents, terms: index.termEntries(), fieldCount: INDEX_FIELDS.length };
}
