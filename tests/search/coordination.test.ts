// Coordination on the sample corpus: articles holding more of the query's words rank above those holding fewer.

import { resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../scripts/content/load-articles';
import { buildEngine } from '../../scripts/eval/search-engine';
import { ROOT_FIELDS } from '../../src/index-format/search-options';
import type { Engine } from '../../src/loading/load-engine';
import { parseQuery } from '../../src/query/parse-query';
import { coordinate, wordsOfTerms } from '../../src/search/coordination';
import { type Evaluation, evaluateQuery, type SearchQuery } from '../../src/search/evaluate-query';
import { rankMatches } from '../../src/search/rank-matches';
import { ROOT_WORD_CREDIT } from '../../src/search/ranking';
import { buildQueryTree, findArticles, SEARCH_DEFAULTS } from '../../src/search/search';
import { scoringTablesOf } from '../../src/search/term-index';

let engine: Engine;

beforeAll(async () => {
  const loaded = await loadArticles([resolve(import.meta.dirname, '../../content/sample')]);
  engine = await buildEngine(loaded.articles);
});

/** The articles a one-word query finds: those holding the word in any of its readings. */
const holders = async (word: string): Promise<Set<number>> => new Set((await findArticles(engine, parseQuery(`${word} `))).ordinals);

/** Two-word queries for which MiniSearch's own score put first an article holding only one of the words. */
const PAIRS: readonly [string, string][] = [
  ['السياحة', 'تراجع'],
  ['تونس', 'السياح'],
  ['المهرجان', 'الموسم'],
  ['افتتاح', 'العالمي'],
];

/** A query tree without its root-layer nodes: the readings MiniSearch's multiplier counted when coordination was built. */
function withoutRoots(node: SearchQuery): SearchQuery {
  if (typeof node === 'string') return node;
  return {
    ...node,
    queries: node.queries
      .filter((child) => typeof child === 'string' || !child.fields?.some((field) => (ROOT_FIELDS as readonly string[]).includes(field)))
      .map(withoutRoots),
  };
}

/** The article MiniSearch's score (summed BM25 × query terms matched, the root layer left out) puts first. */
function firstByMiniSearchScore(query: string): Promise<number> {
  return engine.complete(() => {
    const tables = scoringTablesOf(engine);
    return rankMatches(tables, evaluateQuery(tables, withoutRoots(buildQueryTree(engine, parseQuery(query))), SEARCH_DEFAULTS)).top(1)[0]!.ordinal;
  });
}

describe('coordination', () => {
  it.each(PAIRS)('puts first an article holding both %s and %s, where MiniSearch put one holding a single word', async (first, second) => {
    const [one, other] = [await holders(first), await holders(second)];
    const holdsBoth = (ordinal: number): boolean => one.has(ordinal) && other.has(ordinal);
    expect(holdsBoth(await firstByMiniSearchScore(`${first} ${second} `))).toBe(false);
    const ranked = (await findArticles(engine, parseQuery(`${first} ${second} `))).ranked;
    expect(holdsBoth(ranked[0]!.ordinal)).toBe(true);
  });
});

/** An evaluation over query terms (a…f unless given), one row per article: the terms it matched and its MiniSearch score. */
function evaluation(rows: readonly { terms: readonly string[]; score: number }[], terms = ['a', 'b', 'c', 'd', 'e', 'f']): Evaluation {
  const termBits = new Map(terms.map((term, bit) => [term, bit]));
  return {
    shortIds: Int32Array.from(rows.keys()),
    scores: Float64Array.from(rows.map((row) => row.score)),
    contributions: [],
    termBits,
    termMasks: Uint32Array.from(rows.map((row) => row.terms.reduce((mask, term) => mask | (1 << termBits.get(term)!), 0))),
    maskWords: 1,
  };
}

describe('coordinate', () => {
  // Word 0 is read as a, b and c (exact form, stem, without clitics); words 1 and 2 as d and e.
  const readings = wordsOfTerms([['a', 'b', 'c'], ['d'], ['e']]);

  it('credits one word found in three readings less than three different words', () => {
    // MiniSearch: the same summed BM25 (10) × 3 matched terms for both.
    const scores = coordinate(
      evaluation([
        { terms: ['a', 'b', 'c'], score: 30 },
        { terms: ['a', 'd', 'e'], score: 30 },
      ]),
      readings,
    );
    expect(scores[1]).toBeGreaterThan(scores[0]!);
    expect(scores[0]).toBeCloseTo(10 * (1 + 2 * 0.5));
  });

  it('scores articles of one mask word to the bit as articles whose masks take two words', () => {
    const terms = ['a', 'b', 'c', 'd', '√a', '√d'];
    const rooted = wordsOfTerms([
      ['a', 'b', '√a'],
      ['c', 'd', '√d'],
    ]);
    fc.assert(
      fc.property(
        fc.array(fc.record({ mask: fc.integer({ min: 0, max: 63 }), score: fc.double({ min: 0, max: 100, noNaN: true }) }), { maxLength: 40 }),
        (rows) => {
          const one = evaluation(
            rows.map(({ mask, score }) => ({ terms: terms.filter((_, bit) => (mask & (1 << bit)) !== 0), score })),
            terms,
          );
          const two: Evaluation = { ...one, maskWords: 2, termMasks: Uint32Array.from([...one.termMasks].flatMap((mask) => [mask, 0])) };
          expect([...coordinate(one, rooted)]).toEqual([...coordinate(two, rooted)]);
        },
      ),
      { numRuns: 200, seed: 4 },
    );
  });

  it(`counts a word found by its root alone as ${ROOT_WORD_CREDIT} of a word, and a root beside the word's own forms as nothing more`, () => {
    // Word 0 is read as a (its exact form) and √a (its root); word 1 as d and √d.
    const terms = ['a', '√a', 'd', '√d'];
    const rooted = wordsOfTerms([
      ['a', '√a'],
      ['d', '√d'],
    ]);
    const scores = coordinate(
      evaluation(
        [
          { terms: ['a', '√a', 'd', '√d'], score: 40 },
          { terms: ['a', '√a', '√d'], score: 30 },
          { terms: ['a', 'd'], score: 20 },
        ],
        terms,
      ),
      rooted,
    );
    expect(scores[0]).toBeCloseTo(10 * 2);
    expect(scores[1]).toBeCloseTo(10 * (1 + ROOT_WORD_CREDIT));
    expect(scores[2]).toBeCloseTo(10 * 2);
  });
});
