// Top-k ranking on the sample corpus: skipping the articles found only through common words gives exactly the exhaustive top k, or declines.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/loading/load-engine';
import { parseQuery } from '../../src/query/parse-query';
import type { SearchResult } from '../../src/search/rank-matches';
import { planSearch, rankInFull, searchArticles } from '../../src/search/search';
import { boundOfSkipped, longListFor, MIN_LONG_LIST, rankTopOnly } from '../../src/search/top-k';
import { LONG, loadSampleEngine, pageOf, queryAndKeep, WORDS } from './top-k-sample';

let engine: Engine;

beforeAll(async () => {
  engine = await loadSampleEngine();
});

interface Comparison {
  readonly pruned: SearchResult | undefined;
  readonly full: SearchResult;
}

/** The same planned query ranked by rankTopOnly (lists of LONG postings or more skipped) and in full. */
function compare(query: string, keep: number): Promise<Comparison> {
  return engine.complete(() => {
    const planned = planSearch(engine, parseQuery(query));
    const full = rankInFull(planned);
    return { pruned: rankTopOnly(planned.tables, planned.plan, planned.termWords, keep, () => rankInFull(planned), LONG), full };
  });
}

describe('rankTopOnly', () => {
  it('gives exactly the exhaustive top k, scores, tie order and total, whenever it answers', async () => {
    let answered = 0;
    let declined = 0;
    await fc.assert(
      fc.asyncProperty(queryAndKeep, async ({ query, keep }) => {
        const { pruned, full } = await compare(query, keep);
        if (pruned === undefined) {
          declined++;
          return;
        }
        answered++;
        expect(pageOf(pruned, keep)).toEqual(pageOf(full, keep));
        expect(pruned.total).toBe(full.total);
        // Reading past the top k evaluates in full.
        expect(pageOf(pruned, keep + 5)).toEqual(pageOf(full, keep + 5));
        expect(pruned.ordinals).toEqual(full.ordinals);
      }),
      { numRuns: 300, seed: 7 },
    );
    // Both outcomes occur, so neither branch is untested.
    expect(answered).toBeGreaterThan(20);
    expect(declined).toBeGreaterThan(0);
  });

  it('never lets a skipped article outscore the bound it checks against', async () => {
    for (const first of WORDS) {
      for (const second of WORDS) {
        if (first === second) continue;
        await engine.complete(() => {
          const planned = planSearch(engine, parseQuery(`${first} ${second} `));
          const short = new Set(planned.plan.jobs.filter((job) => job.list.documents.length < LONG).flatMap((job) => [...job.list.documents]));
          const skipped = planned.plan.jobs.filter((job) => job.list.documents.length >= LONG);
          const bound = boundOfSkipped(planned.tables, planned.plan, skipped, planned.termWords);
          for (const article of rankInFull(planned).ranked) {
            if (!short.has(article.ordinal)) expect(article.score, `${first} ${second}: article ${article.ordinal}`).toBeLessThanOrEqual(bound);
          }
        });
      }
    }
  });

  it('declines to rank when fewer than k articles are scored', async () => {
    expect((await compare('مراكش المغرب ', 500)).pruned).toBeUndefined();
  });

  it('skips nothing in a corpus smaller than MIN_LONG_LIST, so searchArticles ranks the sample in full', async () => {
    expect(longListFor(engine.manifest.documentCount)).toBe(MIN_LONG_LIST);
    const query = parseQuery('المغرب السياحة ');
    const [kept, full] = await engine.complete(() => [searchArticles(engine, query, { keep: 3 }), searchArticles(engine, query)] as const);
    expect(pageOf(kept, 3)).toEqual(pageOf(full, 3));
  });
});
