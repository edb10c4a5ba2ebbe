// Top-k by bounds on the sample corpus: rescoring the articles whose bounds reach the k-th score gives exactly the exhaustive top k, or declines.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeFieldPostings, encodeFieldPostings } from '../../src/index-format/posting-blocks';
import { type PostingList, postingCount } from '../../src/index-format/term-block';
import { VarintReader, VarintWriter } from '../../src/index-format/varint';
import type { Engine } from '../../src/loading/load-engine';
import { parseQuery } from '../../src/query/parse-query';
import {
  BestRescored,
  boundTiersFor,
  type Declined,
  MAX_RESCORED,
  onCourseToPass,
  positionsOfHighest,
  Rescorer,
  rankTopByBounds,
  rescoreLimit,
  ScoredShortLists,
} from '../../src/search/bounded-top-k';
import { coordinationMultiplier, countMaskMatches, wordsOfTermBits } from '../../src/search/coordination';
import { type EvaluationPlan, maxContribution, type ScoringJob } from '../../src/search/evaluate-query';
import type { SearchResult } from '../../src/search/rank-matches';
import { planSearch, rankInFull, rankTop } from '../../src/search/search';
import { longListFor, MIN_LONG_LIST, rankTopOnly } from '../../src/search/top-k';
import { scoreInWindows, type WindowedScores } from '../../src/search/window-scoring';
import { LONG, loadSampleEngine, pageOf, queryAndKeep, WORDS } from './top-k-sample';

let engine: Engine;

beforeAll(async () => {
  engine = await loadSampleEngine();
});

interface Comparison {
  readonly bounded: SearchResult | Declined;
  readonly scanned: SearchResult | undefined;
  readonly full: SearchResult;
}

/** The same planned query ranked by bounds and by the scan of top-k.ts (lists of LONG postings or more skipped), and in full. */
function compare(query: string, keep: number): Promise<Comparison> {
  return engine.complete(() => {
    const planned = planSearch(engine, parseQuery(query));
    const { tables, plan, termWords } = planned;
    const exhaustive = () => rankInFull(planned);
    return {
      bounded: rankTopByBounds(tables, plan, termWords, keep, exhaustive, { long: LONG }),
      scanned: rankTopOnly(tables, plan, termWords, keep, exhaustive, LONG),
      full: rankInFull(planned),
    };
  });
}

/** A list written and read back in blocks, as the index stores lists of 1,024 postings or more: bounds then read its stored frontier and rescoring looks articles up block by block. */
function inBlocks(list: PostingList): PostingList {
  const writer = new VarintWriter();
  encodeFieldPostings({ documents: [...list.documents], frequencies: [...list.frequencies], lengths: [...list.lengths] }, writer, 1);
  const bytes = writer.finish();
  return decodeFieldPostings(bytes, new VarintReader(bytes), () => {}, 1);
}

describe('rankTopByBounds', () => {
  it('ranks lists read in blocks exactly as lists read whole', async () => {
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(queryAndKeep, async ({ query, keep }) => {
        const { whole, blocked } = await engine.complete(() => {
          const planned = planSearch(engine, parseQuery(query));
          const { tables, plan, termWords } = planned;
          const exhaustive = () => rankInFull(planned);
          const blockedPlan: EvaluationPlan = { ...plan, jobs: plan.jobs.map((job) => ({ ...job, list: inBlocks(job.list) })) };
          return {
            whole: rankTopByBounds(tables, plan, termWords, keep, exhaustive, { long: LONG }),
            blocked: rankTopByBounds(tables, blockedPlan, termWords, keep, exhaustive, { long: LONG }),
          };
        });
        if (typeof whole === 'string' || typeof blocked === 'string') {
          expect(blocked).toEqual(whole);
          return;
        }
        answered++;
        expect(pageOf(blocked, keep)).toEqual(pageOf(whole, keep));
        expect(blocked.total).toBe(whole.total);
        expect(blocked.top(keep).map((article) => article.matchedTerms)).toEqual(whole.top(keep).map((article) => article.matchedTerms));
      }),
      { numRuns: 200, seed: 5 },
    );
    expect(answered).toBeGreaterThan(20);
  });

  it('gives exactly the exhaustive top k, scores, tie order and matched terms, whenever it answers', async () => {
    let answered = 0;
    let declined = 0;
    await fc.assert(
      fc.asyncProperty(queryAndKeep, async ({ query, keep }) => {
        const { bounded, full } = await compare(query, keep);
        if (typeof bounded === 'string') {
          declined++;
          return;
        }
        answered++;
        expect(pageOf(bounded, keep)).toEqual(pageOf(full, keep));
        expect(bounded.top(keep).map((article) => article.matchedTerms)).toEqual(full.top(keep).map((article) => article.matchedTerms));
        expect(bounded.top(keep).map((article) => article.correctedTerms)).toEqual(full.top(keep).map((article) => article.correctedTerms));
        // Reading past the top k evaluates in full.
        expect(pageOf(bounded, keep + 5)).toEqual(pageOf(full, keep + 5));
        expect(bounded.ordinals).toEqual(full.ordinals);
      }),
      { numRuns: 300, seed: 11 },
    );
    // Both outcomes occur, so neither branch is untested.
    expect(answered).toBeGreaterThan(20);
    expect(declined).toBeGreaterThan(0);
  });

  it('says its total is a lower bound, and it is one', async () => {
    let checked = 0;
    for (const first of WORDS) {
      for (const second of WORDS) {
        if (first === second) continue;
        const { bounded, full } = await compare(`${first} ${second} `, 3);
        if (typeof bounded === 'string') continue;
        checked++;
        expect(bounded.totalExact).toBe(false);
        expect(bounded.total).toBeLessThanOrEqual(full.total);
        expect(bounded.total).toBeGreaterThan(0);
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('answers whenever the scan answers, with the same page', async () => {
    for (const first of WORDS) {
      for (const second of WORDS) {
        if (first === second) continue;
        const { bounded, scanned } = await compare(`${first} ${second} `, 5);
        if (scanned === undefined) continue;
        expect(typeof bounded, `${first} ${second}`).not.toBe('string');
        if (typeof bounded !== 'string') expect(pageOf(bounded, 5)).toEqual(pageOf(scanned, 5));
      }
    }
  });

  it('asks for a full evaluation when an article of the long lists alone could make the page', async () => {
    // Every sample article about Morocco holds المغرب; one rare word's few articles cannot show that none of the others outscores them.
    const outcomes = new Set<string>();
    for (const word of WORDS) {
      const { bounded, scanned } = await compare(`المغرب ${word} `, 1);
      if (bounded === 'evaluate-in-full') {
        outcomes.add('full');
        expect(scanned).toBeUndefined();
      }
    }
    expect(outcomes.has('full')).toBe(true);
  });

  it('gives way to the next tier at once when its seeds cannot show that no article of the long lists alone makes the page', async () => {
    let early = 0;
    for (const word of WORDS) {
      const query = `المغرب ${word} `;
      const { bounded } = await compare(query, 1);
      if (bounded !== 'evaluate-in-full') continue;
      // The last tier searches on and refuses the page at the end; a tier with a later one gives way before its searches.
      const withLaterTier = await engine.complete(() => {
        const planned = planSearch(engine, parseQuery(query));
        return rankTopByBounds(planned.tables, planned.plan, planned.termWords, 1, () => rankInFull(planned), { long: LONG, laterTier: true });
      });
      expect(withLaterTier).toBe('try-scan');
      early++;
    }
    expect(early).toBeGreaterThan(0);
  });

  it('bounds a query of more terms than its table of multipliers holds as exactly as a short one', async () => {
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 6, maxLength: 8 }),
        fc.integer({ min: 1, max: 6 }),
        async (words, keep) => {
          const query = `${words.join(' ')} `;
          const terms = await engine.complete(() => planSearch(engine, parseQuery(query)).plan.termBits.size);
          fc.pre(terms > 12);
          const { bounded, full } = await compare(query, keep);
          if (typeof bounded === 'string') return;
          answered++;
          expect(pageOf(bounded, keep)).toEqual(pageOf(full, keep));
        },
      ),
      { numRuns: 60, seed: 5 },
    );
    expect(answered).toBeGreaterThan(5);
  });

  it("starts from an earlier tier's best articles and still gives exactly the exhaustive page, each article once", async () => {
    let carried = 0;
    await fc.assert(
      fc.asyncProperty(queryAndKeep, async ({ query, keep }) => {
        const { first, second, full } = await engine.complete(() => {
          const planned = planSearch(engine, parseQuery(query));
          const { tables, plan, termWords } = planned;
          const exhaustive = () => rankInFull(planned);
          const best = new BestRescored(keep);
          // A first tier skipping more lists, which often gives way after a few articles, then the usual one.
          const first = rankTopByBounds(tables, plan, termWords, keep, exhaustive, { long: 2, maxRescored: 1, best });
          const second = rankTopByBounds(tables, plan, termWords, keep, exhaustive, { long: LONG, best });
          return { first, second, full: rankInFull(planned) };
        });
        const answer = typeof first === 'string' ? second : first;
        if (typeof answer === 'string') return;
        if (typeof first === 'string') carried++;
        const page = pageOf(answer, keep);
        expect(page).toEqual(pageOf(full, keep));
        expect(new Set(page.map(({ ordinal }) => ordinal)).size).toBe(page.length);
      }),
      { numRuns: 200, seed: 3 },
    );
    expect(carried).toBeGreaterThan(10);
  });

  it('holds an article once when a tier rescores again what an earlier one kept', async () => {
    const planned = await engine.complete(() => planSearch(engine, parseQuery('المغرب الرباط ')));
    const { tables, plan, termWords } = planned;
    const best = new BestRescored(4);
    const rank = () => engine.complete(() => rankTopByBounds(tables, plan, termWords, 4, () => rankInFull(planned), { long: LONG, best }));
    const once = await rank();
    const again = await rank();
    expect(typeof once).toBe('object');
    expect(typeof again).toBe('object');
    if (typeof once === 'string' || typeof again === 'string') return;
    expect(pageOf(again, 4)).toEqual(pageOf(once, 4));
    expect(pageOf(again, 4)).toEqual(pageOf(rankInFull(planned), 4));
  });

  it('gives way early when the searches made so far, spread over every article, pass its limit by a quarter', () => {
    // 8,192 articles, a limit of 10,000 searches: at 2,048 visited, 3,000 searches project to 12,000 (under 12,500), 3,200 to 12,800.
    expect(onCourseToPass(3_000, 2_048, 8_192, 10_000)).toBe(false);
    expect(onCourseToPass(3_200, 2_048, 8_192, 10_000)).toBe(true);
    // Judged only once an eighth is visited, and every 1,024 articles.
    expect(onCourseToPass(3_200, 1_024, 16_384, 10_000)).toBe(false);
    expect(onCourseToPass(3_200, 2_047, 8_192, 10_000)).toBe(false);
  });

  it('leaves a query with no long list, or only long lists, to the other rankers', async () => {
    const planned = await engine.complete(() => planSearch(engine, parseQuery('تونس ')));
    const { tables, plan, termWords } = planned;
    const rank = (long: number, maxRescored = MAX_RESCORED) =>
      engine.complete(() => rankTopByBounds(tables, plan, termWords, 3, () => rankInFull(planned), { long, maxRescored }));
    expect(typeof (await rank(LONG))).toBe('object');
    // Every list is at least one posting long, and none is a thousand.
    expect(await rank(1)).toBe('try-scan');
    expect(await rank(1000)).toBe('try-scan');
  });

  it('gives way to the scan when more articles than it may rescore reach the threshold', async () => {
    const planned = await engine.complete(() => planSearch(engine, parseQuery('تونس ')));
    const { tables, plan, termWords } = planned;
    const rank = (maxRescored: number) =>
      engine.complete(() => rankTopByBounds(tables, plan, termWords, 3, () => rankInFull(planned), { long: LONG, maxRescored }));
    expect(typeof (await rank(MAX_RESCORED))).toBe('object');
    expect(await rank(2)).toBe('try-scan');
  });

  it('may rescore more articles the longer the lists it skips, where binary searches stay cheaper than reading them', () => {
    const jobOfLength = (length: number) => ({ list: { documents: new Int32Array(length) } }) as unknown as ScoringJob;
    // Five lists of 80,000 postings: 400,000 postings against five searches of 17 steps each.
    expect(rescoreLimit(Array.from({ length: 5 }, () => jobOfLength(80_000)))).toBeCloseTo(400_000 / 85);
    expect(rescoreLimit([jobOfLength(3_000), jobOfLength(2_500)])).toBe(MAX_RESCORED);
  });

  it('skips every list it may first, then fewer, each length once, where the corpus is large enough for them to differ', () => {
    expect(boundTiersFor(10_000)).toEqual([MIN_LONG_LIST]);
    expect(boundTiersFor(100_000)).toEqual([MIN_LONG_LIST, longListFor(100_000)]);
    expect(boundTiersFor(1_000_000)).toEqual([MIN_LONG_LIST, 1_000_000 / 128, longListFor(1_000_000)]);
  });
});

describe('rankTop', () => {
  it('tries its tiers in turn, each after the last gave way, and gives the exhaustive page whichever settles it', async () => {
    const settled = new Set<string>();
    await fc.assert(
      fc.asyncProperty(queryAndKeep, async ({ query, keep }) => {
        const { result, settledBy, full } = await engine.complete(() => {
          const planned = planSearch(engine, parseQuery(query));
          return { ...rankTop(planned, keep, () => rankInFull(planned), [2, 3, LONG]), full: rankInFull(planned) };
        });
        settled.add(settledBy);
        expect(pageOf(result, keep)).toEqual(pageOf(full, keep));
      }),
      { numRuns: 200, seed: 7 },
    );
    // The later tiers settle queries too, so carrying the best from one tier to the next is exercised.
    expect(settled).toContain('bounds, tier 1');
    expect([...settled].some((by) => by === 'bounds, tier 2' || by === 'bounds, tier 3')).toBe(true);
  });
});

describe('positionsOfHighest', () => {
  it('gives the positions of the highest values, highest first, as a sort would (ties aside)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 300 }), fc.integer({ min: 0, max: 12 }), (drawn, count) => {
        const values = Float64Array.from(drawn);
        const kept = positionsOfHighest(values, count);
        const sorted = [...values].sort((a, b) => b - a).slice(0, count);
        expect(kept.map((position) => values[position])).toEqual(sorted);
        expect(new Set(kept).size).toBe(kept.length);
      }),
    );
  });
});

describe('Rescorer', () => {
  /** A query's plan with every list in blocks and its lookups counted per job, and a rescorer over it. */
  async function countedRescorer(query: string) {
    const planned = await engine.complete(() => planSearch(engine, parseQuery(query)));
    const { tables, plan, termWords } = planned;
    const searches = plan.jobs.map(() => 0);
    const jobs = plan.jobs.map((job, index) => {
      const list = inBlocks(job.list);
      const find = list.find!.bind(list);
      const counting = (shortId: number, into: Int32Array) => {
        searches[index] = (searches[index] ?? 0) + 1;
        return find(shortId, into);
      };
      return { ...job, list: Object.assign(list, { find: counting }) };
    });
    const counted: EvaluationPlan = { ...plan, jobs };
    const isLong = jobs.map((job) => postingCount(job.list) >= LONG);
    const wordsOfBit = wordsOfTermBits(plan.termBits, termWords);
    const multiplierOf = (mask: Uint32Array) => coordinationMultiplier(countMaskMatches(mask, 0, plan.maskWords, wordsOfBit));
    const most = jobs.map((job, index) => (isLong[index] ? maxContribution(tables, job) : 0));
    const rescorer = new Rescorer(tables, counted, isLong, wordsOfBit, multiplierOf, most);
    // An article of the longest list, matched by no short list: only the long lists can add to it.
    const longest = jobs.reduce((a, b) => (postingCount(b.list) > postingCount(a.list) ? b : a));
    const shortId = longest.list.documents[0]!;
    const noBits = new Uint32Array(plan.maskWords);
    return { rescorer, searches, isLong, shortId, noBits, most, exact: () => rescorer.rescore(shortId, noBits, 0).score };
  }

  it('stops searching for an article after the list that could add most, when no list could lift it to the threshold', async () => {
    const { rescorer, searches, isLong, shortId, noBits, most } = await countedRescorer('المغرب تونس السياحة ');
    expect(isLong.filter(Boolean).length).toBeGreaterThan(1);
    expect(rescorer.mayReach(shortId, 0, noBits, 0, Number.POSITIVE_INFINITY)).toBe(false);
    expect(rescorer.lookups).toBe(1);
    expect(searches.indexOf(1)).toBe(most.indexOf(Math.max(...most)));
  });

  it('searches every long list for an article that stays above the threshold, and keeps one that reaches its exact score', async () => {
    const { rescorer, isLong, shortId, noBits, exact } = await countedRescorer('المغرب تونس السياحة ');
    expect(rescorer.mayReach(shortId, 0, noBits, 0, Number.NEGATIVE_INFINITY)).toBe(true);
    expect(rescorer.lookups).toBe(isLong.filter(Boolean).length);
    const score = exact();
    expect(score).toBeGreaterThan(0);
    expect(rescorer.mayReach(shortId, 0, noBits, 0, score)).toBe(true);
    expect(rescorer.mayReach(shortId, 0, noBits, 0, score * (1 + 1e-6))).toBe(false);
  });
});

describe('ScoredShortLists', () => {
  /** Articles by id, with their scores and matched terms, whatever order they came in. */
  const byArticle = (scored: WindowedScores, maskWords: number) =>
    [...scored.shortIds]
      .map((shortId, at) => ({ shortId, score: scored.scores[at]!, mask: [...scored.termMasks.subarray(at * maskWords, (at + 1) * maskWords)] }))
      .sort((a, b) => a.shortId - b.shortId);

  it('scores for a tier that skips fewer lists only the lists it adds, and reaches what scoring them all reaches', async () => {
    const { tables, plan } = await engine.complete(() => planSearch(engine, parseQuery('الحكومة المغربية الرباط')));
    const longFrom = (length: number) => plan.jobs.map((job) => postingCount(job.list) >= length);
    const scored = new ScoredShortLists();
    scored.scoreShort(tables, plan, longFrom(2));
    const first = scored.result;
    const later = scored.scoreShort(tables, plan, longFrom(LONG));
    const fresh = scoreInWindows(
      tables,
      plan.jobs.filter((_, index) => !longFrom(LONG)[index]),
      plan.maskWords,
      undefined,
      'any',
    );
    const expected = byArticle(fresh, plan.maskWords);
    // The plan has lists on both sides of each length, so the later tier did add to the first.
    expect(later).not.toBe(first);
    expect(longFrom(LONG).filter((long) => !long).length).toBeGreaterThan(longFrom(2).filter((long) => !long).length);
    expect(byArticle(later, plan.maskWords).map(({ shortId, mask }) => ({ shortId, mask }))).toEqual(
      expected.map(({ shortId, mask }) => ({ shortId, mask })),
    );
    byArticle(later, plan.maskWords).forEach(({ score }, at) => expect(score).toBeCloseTo(expected[at]!.score, 9));
    // Nothing more to score: the same articles, not scored again.
    expect(scored.scoreShort(tables, plan, longFrom(LONG))).toBe(later);
  });

  it('scores afresh for a tier that skips a list an earlier tier scored', async () => {
    const { tables, plan } = await engine.complete(() => planSearch(engine, parseQuery('الحكومة المغربية الرباط')));
    const longFrom = (length: number) => plan.jobs.map((job) => postingCount(job.list) >= length);
    const scored = new ScoredShortLists();
    scored.scoreShort(tables, plan, longFrom(LONG));
    const again = scored.scoreShort(tables, plan, longFrom(2));
    const fresh = scoreInWindows(
      tables,
      plan.jobs.filter((_, index) => !longFrom(2)[index]),
      plan.maskWords,
      undefined,
      'any',
    );
    expect(byArticle(again, plan.maskWords)).toEqual(byArticle(fresh, plan.maskWords));
  });
});
