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
  const { ranked } = searchArticles(engine, request.query, {
    ...(request.fields === undefined ? {} : { fields: request.fields }),
    ...(filter === undefined ? {} : { filter }),
  });
  const matches = await keepPhraseMatches(engine, ranked, request.query.phrases, request.fields);
  const ordered = request.sort === 'date' ? sortByDate(engine.catalog, matches) : matches;
  const page = ordered.slice(request.offset, request.offset + request.limit);
  if (request.facets.length === 0) return { total: ordered.length, page };
  const facets = countFacets(engine.catalog, ordered.map((article) => article.ordinal), request.facets);
  return { total: ordered.length, page, facets };
}
