import { resolve } from 'node:path';
import MiniSearch, { type Query } from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../scripts/content/load-articles';
import { buildEngine } from '../../scripts/eval/search-engine';
import { createIndexOptions, type IndexedDocument, SURFACE_FIELDS } from '../../src/index-format/search-options';
import type { Engine } from '../../src/loading/load-engine';
import { parseQuery } from '../../src/query/parse-query';
import { evaluateQuery, matchedTermsOf, type SearchQuery } from '../../src/search/evaluate-query';
import { buildQueryTree, SEARCH_DEFAULTS } from '../../src/search/search';
import { scoringTablesOf } from '../../src/search/term-index';

const { articles } = await loadArticles([resolve('content/sample')]);

/** Queries that reach every kind of node the search builds: words, prefixes, stems, clitics, typos, months, Latin keys. */
const QUERIES = [
  'لافروف',
  'لافروف ',
  'لافرورف ',
  'Lavrov ',
  'المغرب',
  'بالمغرب ',
  'تونس',
  'مباراة المنتخب',
  'الاقتص',
  'تشرين الثاني ',
  'نوفمبر',
  'covid ',
  'cafe',
  'اللغة العربية',
  'مسئول',
  'وزير الخارجية الروسي ',
  '2034',
  'مهرج',
];

const asIs = { tokenize: (text: string) => [text], processTerm: (term: string) => term };
let engine: Engine;
/** MiniSearch holding the same articles in memory, as the index was built before it was split into pieces: the reference. */
let reference: MiniSearch<IndexedDocument>;

beforeAll(async () => {
  engine = await buildEngine(articles);
  reference = new MiniSearch(createIndexOptions());
  reference.addAll(articles.map((article, ordinal) => ({ ordinal, title: article.title, body: article.body })));
});

interface RankedHit {
  readonly ordinal: number;
  readonly score: number;
  readonly terms: string[];
}

const RELATIVE_TOLERANCE = 1e-9;
const sameScore = (a: number, b: number): boolean => Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));

/**
 * The same hits in the same order with the same scores (within 1e-9
 * relative): articles whose scores tie may come in either order, since the
 * order in which a tie was first reached depends on how terms are stored.
 */
function expectSameRanking(evaluated: readonly RankedHit[], expected: readonly RankedHit[]): void {
  expect(evaluated.length).toBe(expected.length);
  evaluated.forEach((hit, index) => expect(sameScore(hit.score, expected[index]!.score), `score at rank ${index + 1}`).toBe(true));
  for (let start = 0; start < expected.length; ) {
    let end = start + 1;
    while (end < expected.length && sameScore(expected[end]!.score, expected[start]!.score)) end++;
    const tied = (hits: readonly RankedHit[]) =>
      hits
        .slice(start, end)
        .map((hit) => `${hit.ordinal}:${[...hit.terms].sort().join(',')}`)
        .sort();
    expect(tied(evaluated)).toEqual(tied(expected));
    start = end;
  }
}

/** The tree without our one extension (typoKeep), so MiniSearch and the evaluator read the same query. */
function asMiniSearchQuery(node: SearchQuery): SearchQuery {
  if (typeof node === 'string') return node;
  const { typoKeep: _kept, queries, ...rest } = node;
  return { ...rest, queries: queries.map(asMiniSearchQuery) };
}

/** MiniSearch's own search over the same tree, on the articles in memory: the reference the evaluator must agree with. */
function referenceRanking(tree: SearchQuery): RankedHit[] {
  return reference
    .search(tree as Query, { ...SEARCH_DEFAULTS, ...asIs })
    .map((result) => ({ ordinal: result.id as number, score: result.score, terms: result.terms }));
}

/** The evaluator's ranking over the index pieces. */
function evaluatedRanking(tree: SearchQuery): Promise<RankedHit[]> {
  return engine.complete(() => {
    const evaluation = evaluateQuery(scoringTablesOf(engine), tree, SEARCH_DEFAULTS);
    return [...evaluation.shortIds.keys()]
      .sort((a, b) => evaluation.scores[b]! - evaluation.scores[a]! || a - b)
      .map((position) => {
        const ordinal = evaluation.shortIds[position]!;
        return { ordinal, score: evaluation.scores[position]!, terms: matchedTermsOf(evaluation, ordinal) };
      });
  });
}

const treeOf = (text: string, fields?: readonly ('title' | 'body')[]): Promise<SearchQuery> =>
  engine.complete(() => buildQueryTree(engine, parseQuery(text), fields));

describe('evaluateQuery', () => {
  it.each(QUERIES)('scores and orders %j over the index pieces exactly as MiniSearch’s own search does in memory', async (text) => {
    const tree = asMiniSearchQuery(await treeOf(text));
    const expected = referenceRanking(tree);
    expect(expected.length).toBeGreaterThan(0);
    expectSameRanking(await evaluatedRanking(tree), expected);
  });

  it('agrees with MiniSearch when the request restricts the fields', async () => {
    const tree = asMiniSearchQuery(await treeOf('المغرب تونس', ['title']));
    expectSameRanking(await evaluatedRanking(tree), referenceRanking(tree));
  });

  it('leaves its shared buffers clean, so the same query scores the same twice', async () => {
    const tree = await treeOf('المغرب تونس');
    expect(await evaluatedRanking(tree)).toEqual(await evaluatedRanking(tree));
  });

  it('counts more than 32 distinct query terms without losing any', async () => {
    const words = articles.flatMap((article) => article.title.split(/\s+/)).filter((word) => word.length > 3);
    const tree: SearchQuery = { combineWith: 'OR', queries: [{ queries: [...new Set(words)].slice(0, 70), fields: [...SURFACE_FIELDS] }] };
    const evaluated = await evaluatedRanking(tree);
    expect(evaluated.length).toBeGreaterThan(0);
    expectSameRanking(evaluated, referenceRanking(tree));
  });

  it('refuses a combination it does not implement, and a query after the refusal scores as before it', async () => {
    const tree = await treeOf('تونس');
    const before = await evaluatedRanking(tree);
    const halfScored: SearchQuery = { combineWith: 'OR', queries: ['تونس', { combineWith: 'AND', queries: ['تونس', 'المغرب'] }] };
    await expect(engine.complete(() => evaluateQuery(scoringTablesOf(engine), halfScored))).rejects.toThrow(/only OR/);
    expect(await evaluatedRanking(tree)).toEqual(before);
  });

  it('lets only one edit of a fuzzy match change the first typoKeep letters', async () => {
    const near = async (query: string, fuzzy: number, typoKeep: number) =>
      new Set((await evaluatedRanking({ queries: [query], fields: [...SURFACE_FIELDS], fuzzy, typoKeep })).flatMap((hit) => hit.terms));
    // Two edits after the kept first letter: found.
    expect(await near('لافرورز', 2, 1)).toContain('لافروف');
    // One edit on the first letter: found, kept letters or not.
    expect(await near('نافروف', 2, 1)).toContain('لافروف');
    // Two edits, one of them on the first letter: out of reach once the letter is kept, reachable when nothing is (MiniSearch's way).
    expect((await near('نافروز', 2, 1)).has('لافروف')).toBe(false);
    expect(await near('نافروز', 2, 0)).toContain('لافروف');
  });
});
