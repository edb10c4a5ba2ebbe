// Article inversion: a batch of articles → its stored documents and its sorted terms with postings, by MiniSearch's indexing rules.

import { analyzeWord } from '../analysis/pipeline';
import type { Article } from '../content/article';
import { ARTICLE_HASH_DIGITS, type StoredDocumentRow } from '../index-format/artefacts';
import { INDEX_FIELDS, isPairToken, processTermForField, sourceOf, tokenizeField } from '../index-format/search-options';
import type { TermEntry } from '../index-format/term-block';
import { sha256Hex } from '../text/sha256';
import { DisplayFormCounter } from './display-forms';
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

/** Field ids by source text, in INDEX_FIELDS order (the ids MiniSearch gives the fields of createIndexOptions). */
const FIELDS_OF = {
  title: INDEX_FIELDS.flatMap((field, id) => (sourceOf(field) === 'title' ? [{ field, id }] : [])),
  body: INDEX_FIELDS.flatMap((field, id) => (sourceOf(field) === 'body' ? [{ field, id }] : [])),
};

/**
 * Inverts a batch by the rules of createIndexOptions, exactly as MiniSearch
 * would: the same tokens, terms, frequencies and field lengths (the number of
 * distinct tokens). It does without MiniSearch's radix tree and per-term
 * document maps, which took most of a build's time: each text is tokenised
 * once for its four fields, and since documents arrive in order, a posting
 * is appended or its frequency raised.
 */
class BatchInverter {
  private readonly postings = new Map<string, (FieldPostings | undefined)[]>();
  private readonly lengths: number[][] = [];
  readonly displayForms = new DisplayFormCounter();

  add(localId: number, article: Article): void {
    const lengths = new Array<number>(INDEX_FIELDS.length).fill(0);
    this.lengths[localId] = lengths;
    for (const source of ['title', 'body'] as const) {
      const tokens = tokenizeField(article[source]);
      const distinct = new Set(tokens).size;
      for (const { field, id } of FIELDS_OF[source]) {
        lengths[id] = distinct;
        for (const token of tokens) {
          const terms = processTermForField(token, field);
          if (Array.isArray(terms)) for (const term of terms) this.addTerm(term, id, localId);
          else if (terms) this.addTerm(terms, id, localId);
        }
      }
      for (const token of tokens) {
        const analysis = isPairToken(token) ? null : analyzeWord(token);
        if (analysis !== null) this.displayForms.count(token, analysis.surface);
      }
    }
  }

  private addTerm(term: string, fieldId: number, localId: number): void {
    let byField = this.postings.get(term);
    if (byField === undefined) this.postings.set(term, (byField = []));
    let list = byField[fieldId];
    if (list === undefined) byField[fieldId] = list = { documents: [], frequencies: [] };
    const last = list.documents.length - 1;
    if (last >= 0 && list.documents[last] === localId) list.frequencies[last]!++;
    else {
      list.documents.push(localId);
      list.frequencies.push(1);
    }
  }

  fieldLengths(localId: number): readonly number[] {
    return this.lengths[localId] ?? [];
  }

  /** Every term with its postings, sorted by term (UTF-16 order, the order the worker binary-searches). */
  sortedTerms(): string[] {
    return [...this.postings.keys()].sort();
  }

  termEntry(term: string, display: string): TermEntry {
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
  readonly terms: TermEntry[];
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
  const forms = index.displayForms.forms();
  const terms = index.sortedTerms().map((term) => index.termEntry(term, Object.hasOwn(forms, term) ? forms[term]! : term));
  return { documents, terms, fieldCount: INDEX_FIELDS.length };
}
