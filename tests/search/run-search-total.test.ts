// The total a search reports: exact when every match was read, a lower bound (and said to be one) when the page was ranked by bounds.

import { beforeAll, describe, expect, it } from 'vitest';
import { buildEngine } from '../../scripts/eval/search-engine';
import type { Article } from '../../src/content/article';
import type { Engine } from '../../src/loading/load-engine';
import { parseQuery } from '../../src/query/parse-query';
import { runSearch, type SearchRequest } from '../../src/search/run-search';
import { MIN_LONG_LIST } from '../../src/search/top-k';

/** Enough articles holding خبر for its posting list to count as long; 30 of them also hold زلزال. */
const COMMON = MIN_LONG_LIST + 100;
const RARE = 30;

let engine: Engine;

beforeAll(async () => {
  const articles: Article[] = Array.from({ length: COMMON }, (_, index) => ({
    id: `a${index}`,
    title: index < RARE ? `زلزال قوي رقم ${index}` : `عنوان رقم ${index}`,
    body: `هذا خبر عن حدث رقم ${index} في المدينة${index < RARE ? ' بعد الزلزال' : ''}.`,
    category: index % 2 === 0 ? 'وطني' : 'دولي',
  }));
  engine = await buildEngine(articles);
}, 120_000);

const request = (q: string, overrides: Partial<SearchRequest> = {}): SearchRequest => ({
  query: parseQuery(q),
  filters: {},
  sort: 'relevance',
  facets: [],
  offset: 0,
  limit: 10,
  ...overrides,
});

describe('runSearch totals', () => {
  it('says the total is a lower bound when a common word is ranked by bounds, and the page is the full ranking’s', async () => {
    const paged = await runSearch(engine, request('زلزال خبر'));
    // Facets read every match, so this search ranks in full and its total is exact.
    const full = await runSearch(engine, request('زلزال خبر', { facets: ['category'] }));
    expect(full.totalExact).toBe(true);
    expect(full.total).toBe(COMMON);
    expect(paged.totalExact).toBe(false);
    expect(paged.total).toBeLessThanOrEqual(full.total);
    expect(paged.total).toBeGreaterThanOrEqual(COMMON - RARE);
    expect(paged.page.map(({ ordinal, score }) => ({ ordinal, score }))).toEqual(full.page.map(({ ordinal, score }) => ({ ordinal, score })));
  });

  it('keeps the total exact when no list is long', async () => {
    const outcome = await runSearch(engine, request('زلزال'));
    expect(outcome.totalExact).toBe(true);
    expect(outcome.total).toBe(RARE);
  });
});
