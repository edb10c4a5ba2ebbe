// The search request's pipeline: parsed query + options → filtered, phrase-checked, sorted matches, one page, facets.

import type { ArticleColumns, Engine } from '../loading/load-engine';
import type { ParsedQuery } from '../query/parse-query';
import { findExcludedOrdinals } from './exclusions';
import { countFacets, type FacetCounts, type FacetName } from './facets';
import type { SearchField } from './field-restriction';
import { type ArticleFilters, createArticleFilter } from './filters';
import { keepPhraseMatches } from './phrase-filter';
import { type RankedArticle, type SearchResult, searchArticles } from './search';
import { sortByDate } from './sort-by-date';

export type SortOrder = 'relevance' | 'date';

export interface SearchRequest {
  readonly query: ParsedQuery;
  readonly filters: ArticleFilters;
  readonly fields?: readonly SearchField[];
  readonly sort: SortOrder;
  readonly facets: readonly FacetName[];
  readonly offset: number;
  readonly limit: number;
}

export interface SearchOutcome {
  readonly total: number;
  /** False when `total` is a lower bound: phrases confirmed only within the text budget, or the top k found without reading every match. */
  readonly totalExact: boolean;
  readonly page: readonly RankedArticle[];
  readonly facets?: FacetCounts;
}

/** Combines the filters with the query's exclusions into one test per article. */
export function articleTest(
  engine: Engine,
  columns: ArticleColumns | undefined,
  request: SearchRequest,
  filters: ArticleFilters = request.filters,
): ((ordinal: number) => boolean) | undefined {
  const filter = columns === undefined ? undefined : createArticleFilter(columns, filters);
  const excluded = findExcludedOrdinals(engine, request.query.exclusions);
  if (excluded.size === 0) return filter;
  return (ordinal) => !excluded.has(ordinal) && (filter === undefined || filter(ordinal));
}

/**
 * Runs a search: words ranked by the index, then filters and exclusions,
 * then phrases confirmed against the stored text, then the requested order.
 * Facets count every match, not only the page.
 */
export async function runSearch(engine: Engine, request: SearchRequest): Promise<SearchOutcome> {
  const columns = needsColumns(request) ? await engine.columns() : undefined;
  const end = request.offset + request.limit;
  const ranked = await engine.complete(() => {
    const filter = articleTest(engine, columns, request);
    // Only the page is read in order when nothing else needs every match.
    const pageOnly = request.facets.length === 0 && request.query.phrases.length === 0 && request.sort === 'relevance';
    const result = searchArticles(engine, request.query, {
      ...(request.fields === undefined ? {} : { fields: request.fields }),
      ...(filter === undefined ? {} : { filter }),
      ...(pageOnly ? { keep: end } : {}),
    });
    // Ranked by relevance with nothing to check against the text: only the page's articles need ordering.
    if (request.query.phrases.length > 0 || request.sort !== 'relevance') return { result };
    const page = result.top(end).slice(request.offset);
    const outcome: SearchOutcome = {
      total: result.total,
      totalExact: result.totalExact !== false,
      page,
      ...facetsOf(engine, columns, request, () => result.ordinals, result),
    };
    return { result, outcome };
  });
  if (ranked.outcome !== undefined) return ranked.outcome;
  const { result } = ranked;
  const { matches, complete } = await keepPhraseMatches(engine, result.inRankOrder(), request.query.phrases, request.fields);
  const ordered = request.sort === 'date' && columns !== undefined ? sortByDate(columns, matches) : matches;
  const page = ordered.slice(request.offset, end);
  const ordinals = ordered.map((article) => article.ordinal);
  // Phrase matches were confirmed under the request's filters only, so their facets count those (not disjunctive).
  const unfiltered = request.query.phrases.length === 0 ? result : undefined;
  const facets = await engine.complete(() => facetsOf(engine, columns, request, () => ordinals, unfiltered));
  return { total: ordered.length, totalExact: complete, page, ...facets };
}

/** Filters, facets and date order read the filter columns; a plain search never loads them. */
export function needsColumns(request: SearchRequest): boolean {
  const { categories, sources, tags, from, to } = request.filters;
  const filtered = [categories, sources, tags].some((values) => (values?.length ?? 0) > 0) || from !== undefined || to !== undefined;
  return filtered || request.facets.length > 0 || request.sort === 'date';
}

/** The request filter each facet narrows by: its own values are counted as if that filter were off. */
const FILTER_OF_FACET = { category: 'categories', source: 'sources', tag: 'tags' } as const satisfies Record<FacetName, keyof ArticleFilters>;

/**
 * Facet counts over every match. A facet the request also filters by is
 * disjunctive: its values are counted over the matches of every other filter,
 * so choosing one category still shows how many the others hold, as a
 * reader switching between them expects. `result` rescores nothing: it
 * re-filters the same scored query.
 */
function facetsOf(
  engine: Engine,
  columns: ArticleColumns | undefined,
  request: SearchRequest,
  // Read only when a facet is asked for: listing every match of a common word costs more than ranking it.
  ordinals: () => readonly number[],
  result: SearchResult | undefined,
): { facets?: FacetCounts } {
  if (request.facets.length === 0 || columns === undefined) return {};
  const facets: FacetCounts = {};
  for (const facet of request.facets) {
    const field = FILTER_OF_FACET[facet];
    const filtered = (request.filters[field]?.length ?? 0) > 0;
    const counted =
      filtered && result !== undefined
        ? result.withFilter(articleTest(engine, columns, request, { ...request.filters, [field]: [] })).ordinals
        : ordinals();
    Object.assign(facets, countFacets(columns, counted, [facet]));
  }
  return { facets };
}
