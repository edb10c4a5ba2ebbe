// One search as the API answers it, through the same public functions: parseQuery → runSearch → presentHits (first page, highlighted snippets).

import { presentHits } from '../../../src/api/present-hits';
import { SNIPPET_LENGTH } from '../../../src/api/schemas';
import { type Engine, withReadBudget } from '../../../src/loading/load-engine';
import { ReadBudget } from '../../../src/loading/read-budget';
import { parseQuery } from '../../../src/query/parse-query';
import { runSearch } from '../../../src/search/run-search';

/** Hits on the page a reader waits for: the API's default limit. */
const PAGE_SIZE = 10;

/** What one answer found: the number of matches, and whether the read budget cut it short. */
export interface Answered {
  readonly total: number;
  readonly cut: boolean;
}

/** Answers `q` as GET /search?q=… does with its defaults, under the same read budget. */
export async function answerQuery(isolateEngine: Engine, q: string): Promise<Answered> {
  const budget = new ReadBudget();
  const engine = withReadBudget(isolateEngine, budget);
  const query = parseQuery(q);
  const outcome = await runSearch(engine, { query, filters: {}, sort: 'relevance', facets: [], offset: 0, limit: PAGE_SIZE });
  await presentHits(engine, outcome.page, { query, highlight: true, snippetLength: SNIPPET_LENGTH.default });
  return { total: outcome.total, cut: budget.cut };
}
