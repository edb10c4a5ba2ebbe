// Segment writer: articles → one immutable segment (term blocks, lexicon, documents, columns, id buckets, root), as pieces.

import MiniSearch from 'minisearch';
import type { Article } from '../content/article';
import {
  IDS_PER_BUCKET,
  documentsPerPieceFor,
  idBucketOf,
  termBlockTargetBytes,
  type ColumnsPiece,
  type SegmentRoot,
  type StoredDocumentRow,
} from '../index-format/artefacts';
import { encodeLexiconGroup } from '../index-format/lexicon';
import { createIndexOptions, type IndexedDocument } from '../index-format/search-options';
import { encodeTermBlock, type TermEntry } from '../index-format/term-block';
import { collectDisplayForms } from './display-forms';
import type { PieceWriter } from './piece-writer';
import type { StorableField } from './stored-fields';

type FieldTermData = Map<number, Map<number, number>>;

/** MiniSearch used as the analyser and inverter of one segment; only its protected tables are read out. */
class SegmentIndex extends MiniSearch<IndexedDocument> {
  fieldCount(): number {
    return Object.keys(this._fieldIds).length;
  }

  /** Field lengths of a document (local id), in field-id order. */
  fieldLengths(localId: number): readonly number[] {
    return this._fieldLength.get(localId) ?? [];
  }

  /** Every term with its postings, sorted by term (UTF-16 order, the order the worker binary-searches). */
  sortedTerms(): [string, FieldTermData][] {
    const terms = [...(this._index as unknown as Iterable<[string, FieldTermData]>)];
    return terms.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

/** What writing a segment reports: its root piece, its size and the field-length sums that corpus statistics add up. */
export interface WrittenSegment {
  readonly root: string;
  readonly documents: number;
  readonly fieldLengthTotals: readonly number[];
  readonly termCount: number;
}

function toTermEntry(term: string, data: FieldTermData, display: string, index: SegmentIndex): TermEntry {
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

/** A rough encoded size, enough to cut blocks near their target: three varints a posting, two bytes a letter. */
function estimateBytes(entry: TermEntry): number {
  let postings = 0;
  for (const field of entry.fields.values()) postings += field.documents.length;
  return 4 + 2 * (entry.term.length + entry.display.length) + 3 * postings;
}

async function writeTermBlocks(index: SegmentIndex, articles: readonly Article[], pieces: PieceWriter): Promise<SegmentRoot['blocks'] & { terms: string[] }> {
  const forms = collectDisplayForms(articles);
  const target = termBlockTargetBytes(articles.length);
  const first: string[] = [];
  const names: string[] = [];
  const terms: string[] = [];
  let block: TermEntry[] = [];
  let blockBytes = 0;
  const flush = async (): Promise<void> => {
    if (block.length === 0) return;
    first.push(block[0]!.term);
    names.push(await pieces.add(encodeTermBlock(block), 'bin'));
    block = [];
    blockBytes = 0;
  };
  for (const [term, data] of index.sortedTerms()) {
    terms.push(term);
    const entry = toTermEntry(term, data, Object.hasOwn(forms, term) ? forms[term]! : term, index);
    const bytes = estimateBytes(entry);
    if (blockBytes > 0 && blockBytes + bytes > target) await flush();
    block.push(entry);
    blockBytes += bytes;
  }
  await flush();
  return { first, pieces: names, terms };
}

async function writeLexicon(terms: readonly string[], pieces: PieceWriter): Promise<SegmentRoot['lexicon']> {
  const byLength = new Map<number, string[]>();
  for (const term of terms) {
    const group = byLength.get(term.length);
    if (group === undefined) byLength.set(term.length, [term]);
    else group.push(term);
  }
  const lengths = [...byLength.keys()].sort((a, b) => a - b);
  const names: string[] = [];
  for (const length of lengths) names.push(await pieces.add(encodeLexiconGroup(byLength.get(length)!), 'bin'));
  return { lengths, pieces: names };
}

function documentRow(article: Article, stored: ReadonlySet<StorableField>): StoredDocumentRow {
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

async function writeDocuments(articles: readonly Article[], stored: ReadonlySet<StorableField>, pieces: PieceWriter): Promise<{ perPiece: number; directory: string }> {
  const perPiece = documentsPerPieceFor(articles.length);
  const names: string[] = [];
  for (let start = 0; start < articles.length; start += perPiece) {
    const rows = articles.slice(start, start + perPiece).map((article) => documentRow(article, stored));
    names.push(await pieces.add(JSON.stringify(rows), 'json'));
  }
  return { perPiece, directory: await pieces.add(JSON.stringify(names), 'json') };
}

function dictionaryColumn(values: readonly (string | null)[]): { values: string[]; codes: number[] } {
  const distinct = [...new Set(values.filter((value): value is string => value !== null))].sort();
  const codeOf = new Map(distinct.map((value, code) => [value, code]));
  return { values: distinct, codes: values.map((value) => (value === null ? -1 : codeOf.get(value)!)) };
}

function buildColumns(rows: readonly StoredDocumentRow[]): ColumnsPiece {
  const tagValues = [...new Set(rows.flatMap((row) => row[7]))].sort();
  const tagCode = new Map(tagValues.map((value, code) => [value, code]));
  return {
    dates: dictionaryColumn(rows.map((row) => row[4])),
    categories: dictionaryColumn(rows.map((row) => row[5])),
    sources: dictionaryColumn(rows.map((row) => row[6])),
    tags: { values: tagValues, codes: rows.map((row) => row[7].map((tag) => tagCode.get(tag)!)) },
  };
}

async function writeIdBuckets(articles: readonly Article[], pieces: PieceWriter): Promise<string[]> {
  const count = Math.max(1, Math.ceil(articles.length / IDS_PER_BUCKET));
  const buckets = Array.from({ length: count }, (): [string, number][] => []);
  articles.forEach((article, localId) => buckets[idBucketOf(article.id, count)]!.push([article.id, localId]));
  const names: string[] = [];
  for (const bucket of buckets) names.push(await pieces.add(JSON.stringify(bucket), 'json'));
  return names;
}

/**
 * Writes one segment of `articles` (local ids follow their order) through
 * `pieces`. The same articles always give the same pieces, byte for byte.
 */
export async function writeSegment(
  articles: readonly Article[],
  stored: ReadonlySet<StorableField>,
  pieces: PieceWriter,
  onProgress?: (indexed: number, total: number) => void,
): Promise<WrittenSegment> {
  const index = new SegmentIndex(createIndexOptions());
  articles.forEach((article, ordinal) => {
    index.add({ ordinal, title: article.title, body: article.body });
    if (onProgress && (ordinal % 250 === 249 || ordinal === articles.length - 1)) onProgress(ordinal + 1, articles.length);
  });
  const fieldLengthTotals = new Array<number>(index.fieldCount()).fill(0);
  for (let localId = 0; localId < articles.length; localId++) {
    index.fieldLengths(localId).forEach((length, fieldId) => (fieldLengthTotals[fieldId]! += length));
  }
  const { terms, ...blocks } = await writeTermBlocks(index, articles, pieces);
  const lexicon = await writeLexicon(terms, pieces);
  const rows = articles.map((article) => documentRow(article, stored));
  const documents = await writeDocuments(articles, stored, pieces);
  const root: SegmentRoot = {
    documents: articles.length,
    blocks,
    lexicon,
    documentsPerPiece: documents.perPiece,
    documentDirectory: documents.directory,
    columns: await pieces.add(JSON.stringify(buildColumns(rows)), 'json'),
    idBuckets: await writeIdBuckets(articles, pieces),
  };
  return { root: await pieces.add(JSON.stringify(root), 'json'), documents: articles.length, fieldLengthTotals, termCount: terms.length };
}
