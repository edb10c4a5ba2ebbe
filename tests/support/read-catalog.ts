// Test helper: every stored document of an engine as display columns aligned by ordinal, for brute-force expectations.

import type { ArticleColumns, Engine } from '../../src/loading/load-engine';

/** Display columns of every article, aligned by ordinal. */
export interface Catalog {
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  readonly bodies: readonly string[];
  readonly urls: readonly (string | null)[];
  readonly dates: readonly (string | null)[];
  readonly categories: readonly (string | null)[];
  readonly sources: readonly (string | null)[];
  readonly tags: readonly (readonly string[])[];
}

/** Reads every stored document through the engine, as the worker reads a page's. */
export async function readCatalog(engine: Engine): Promise<Catalog> {
  const documents = await engine.documents(Array.from({ length: engine.ordinalLimit }, (_, ordinal) => ordinal));
  return {
    ids: documents.map((document) => document.id),
    titles: documents.map((document) => document.title),
    bodies: documents.map((document) => document.body),
    urls: documents.map((document) => document.url),
    dates: documents.map((document) => document.date),
    categories: documents.map((document) => document.category),
    sources: documents.map((document) => document.source),
    tags: documents.map((document) => document.tags),
  };
}

/** The ids of some ordinals. */
export async function idsOf(engine: Engine, ordinals: readonly number[]): Promise<string[]> {
  return (await engine.documents(ordinals)).map((document) => document.id);
}

/** Filter columns over catalog arrays, as the engine reads them from its column pieces. */
export function columnsOf(catalog: Pick<Catalog, 'dates' | 'categories' | 'sources' | 'tags'>): ArticleColumns {
  return {
    category: (ordinal) => catalog.categories[ordinal] ?? null,
    source: (ordinal) => catalog.sources[ordinal] ?? null,
    date: (ordinal) => catalog.dates[ordinal] ?? null,
    tags: (ordinal) => catalog.tags[ordinal] ?? [],
  };
}
