// The search request's pipeline: parsed query + options → filtered, phrase-checked, sorted matches, one page, facets.

import type { Engine } from '../loading/load-engine';
import type { ParsedQuery } from '../query/parse-query';
import { findExcludedOrdinals } from './exclusions';
import { countFacets, type FacetCounts, type FacetName } from './facets';
import type { SearchField } from './field-restriction';
import { createArticleFilter, type ArticleFilters } from './filters';
import { keepPhraseMatches } from './phrase-filter';
import { searchArticles, type RankedArticle } from './search';
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
  /** False when phrases were confirmed only within the text budget: `total` is then a lower bound. */
  readonly totalExact: boolean;
  readonly page: readonly RankedArticle[];
  readonly facets?: FacetCounts;
}

/** Combines the request's filters with the query's exclusions into one test per article. */
function articleTest(engine: Engine, request: SearchRequest): ((ordinal: number) => boolean) | undefined {
  const filter = createArticleFilter(engine.catalog, request.filters);
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
  const filter = articleTest(engine, request);
  const result = searchArticles(engine, request.query, {
    ...(request.fields === undefined ? {} : { fields: request.fields }),
    ...(filter === undefined ? {} : { filter }),
  });
  const end = request.offset + request.limit;
  // Ranked by relevance with nothing to check against the text: only the page's articles need ordering.
  if (request.query.phrases.length === 0 && request.sort === 'relevance') {
    const page = result.top(end).slice(request.offset);
    return withFacets(engine, request, { total: result.total, totalExact: true, page }, result.ordinals);
  }
  const { matches, complete } = await keepPhraseMatches(engine, result.inRankOrder(), request.query.phrases, request.fields);
  const ordered = request.sort === 'date' ? sortByDate(engine.catalog, matches) : matches;
  const page = ordered.slice(request.offset, end);
  return withFacets(engine, request, { total: ordered.length, totalExact: complete, page }, ordered.map((article) => article.ordinal));
}

function withFacets(engine: Engine, request: SearchRequest, outcome: SearchOutcome, ordinals: readonly number[]): SearchOutcome {
  if (request.facets.length === 0) return outcome;
  return { ...outcome, facets: countFacets(engine.catalog, ordinals, request.facets) };
}
