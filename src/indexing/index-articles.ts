// Article inversion: a batch of articles → its stored documents and its sorted terms with postings, through MiniSearch.

import MiniSearch from 'minisearch';
import type { Article } from '../content/article';
import { ARTICLE_HASH_DIGITS, type StoredDocumentRow } from '../index-format/artefacts';
import { createIndexOptions, type IndexedDocument } from '../index-format/search-options';
import type { TermEntry } from '../index-format/term-block';
import { sha256Hex } from '../text/sha256';
import { collectDisplayForms } from './display-forms';
import type { StorableField } from './stored-fields';

type FieldTermData = Map<number, Map<number, number>>;

/** One document of a segment as the writer takes it: what is stored, its content hash and its field lengths. */
export interface SegmentDocument {
  readonly row: StoredDocumentRow;
  readonly hash: string;
  readonly lengths: readonly number[];
}

/** MiniSearch used as the analyser and inverter of one batch; only its protected tables are read out. */
class BatchIndex extends MiniSearch<IndexedDocument> {
  fieldLengths(localId: number): readonly number[] {
    return this._fieldLength.get(localId) ?? [];
  }

  fieldCount(): number {
    return Object.keys(this._fieldIds).length;
  }

  /** Every term with its postings, sorted by term (UTF-16 order, the order the worker binary-searches). */
  sortedTerms(): [string, FieldTermData][] {
    const terms = [...(this._index as unknown as Iterable<[string, FieldTermData]>)];
    return terms.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

/** A canonical serialisation of one article: same content, same text, whatever the key order in the files. */
export function canonicalArticle(a: Article): string {
  return JSON.stringify([a.id, a.title, a.body, a.url ?? null, a.date ?? null, a.category ?? null, a.source ?? null, a.tags ?? []]);
}

/** The hash an incremental build compares to tell an edited article from an unchanged one. */
export async function articleHash(article: Article): Promise<string> {
  return (await sha256Hex(canonicalArticle(article))).slice(0, ARTICLE_HASH_DIGITS);
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
  const index = new BatchIndex(createIndexOptions());
  articles.forEach((article, ordinal) => {
    index.add({ ordinal, title: article.title, body: article.body });
    if (onProgress && (ordinal % 250 === 249 || ordinal === articles.length - 1)) onProgress(ordinal + 1, articles.length);
  });
  const documents: SegmentDocument[] = [];
  for (const [localId, article] of articles.entries()) {
    documents.push({ row: storedRow(article, stored), hash: await articleHash(article), lengths: [...index.fieldLengths(localId)] });
  }
  const forms = collectDisplayForms(articles);
  const terms = index.sortedTerms().map(([term, data]) => toTermEntry(term, data, Object.hasOwn(forms, term) ? forms[term]! : term, index));
  return { documents, terms, fieldCount: index.fieldCount() };
}

function toTermEntry(term: string, data: FieldTermData, display: string, index: BatchIndex): TermEntry {
  const fields = new Map<number, { documents: number[]; frequencies: number[]; lengths: number[] }>();
  for (const [fieldId, postings] of [...data].sort(([a], [b]) => a - b)) {
    const documents = [...postings.keys()].sort((a, b) => a - b);
    fields.set(fieldId, {
      documents,
      frequencies: documents.map((document) => postings.get(document)!),
      lengths: documents.map((document) => index.fieldLengths(document)[fieldId] ?? 0),
    });
  }
  return { term, display: display === term ? '' : display, fields };
}
