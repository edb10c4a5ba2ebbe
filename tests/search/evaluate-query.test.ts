import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Query } from 'minisearch';
import { loadArticles } from '../../scripts/content/load-articles';
import { buildEngine } from '../../scripts/eval/search-engine';
import { SURFACE_FIELDS } from '../../src/index-format/search-options';
import type { Engine } from '../../src/loading/load-engine';
import { parseQuery } from '../../src/query/parse-query';
import { evaluateQuery, matchedTermsOf, type SearchQuery } from '../../src/search/evaluate-query';
import { buildQueryTree, SEARCH_DEFAULTS } from '../../src/search/search';
import { scoringTablesOf } from '../../src/search/term-index';

const { articles } = await loadArticles([resolve('content/sample')]);

/** Queries that reach every kind of node the search builds: words, prefixes, stems, clitics, typos, months, Latin keys. */
const QUERIES = [
  'لافروف', 'لافروف ', 'لافرورف ', 'Lavrov ', 'المغرب', 'بالمغرب ', 'تونس', 'مباراة المنتخب', 'الاقتص',
  'تشرين الثاني ', 'نوفمبر', 'covid ', 'cafe', 'اللغة العربية', 'مسئول', 'وزير الخارجية الروسي ', '2034', 'مهرج',
];

const asIs = { tokenize: (text: string) => [text], processTerm: (term: string) => term };
let engine: Engine;

beforeAll(async () => {
  engine = await buildEngine(articles);
});

/** The tree without our one extension (typoKeep), so MiniSearch and the evaluator read the same query. */
function asMiniSearchQuery(node: SearchQuery): SearchQuery {
  if (typeof node === 'string') return node;
  const { typoKeep: _kept, queries, ...rest } = node;
  return { ...rest, queries: queries.map(asMiniSearchQuery) };
}

/** MiniSearch's own search over the same tree: the reference the evaluator must agree with. */
function referenceRanking(tree: SearchQuery): { ordinal: number; score: number; terms: string[] }[] {
  return engine.index.search(tree as Query, { ...SEARCH_DEFAULTS, ...asIs }).map((result) => ({ ordinal: result.id as number, score: result.score, terms: result.terms }));
}

function evaluatedRanking(tree: SearchQuery): { ordinal: number; score: number; terms: string[] }[] {
  const tables = scoringTablesOf(engine);
  const evaluation = evaluateQuery(tables, tree, SEARCH_DEFAULTS);
  return [...evaluation.shortIds.keys()]
    .sort((a, b) => evaluation.scores[b]! - evaluation.scores[a]! || a - b)
    .map((position) => {
      const shortId = evaluation.shortIds[position]!;
      return { ordinal: tables.ordinals[shortId]!, score: evaluation.scores[position]!, terms: matchedTermsOf(evaluation, shortId) };
    });
}

describe('evaluateQuery', () => {
  it.each(QUERIES)('scores and orders %j exactly as MiniSearch’s own search does', (text) => {
    const tree = asMiniSearchQuery(buildQueryTree(engine, parseQuery(text)));
    const reference = referenceRanking(tree);
    const evaluated = evaluatedRanking(tree);
    expect(reference.length).toBeGreaterThan(0);
    expect(evaluated.map((hit) => hit.ordinal)).toEqual(reference.map((hit) => hit.ordinal));
    evaluated.forEach((hit, index) => {
      expect(hit.score).toBeCloseTo(reference[index]!.score, 10);
      expect([...hit.terms].sort()).toEqual([...reference[index]!.terms].sort());
    });
  });

  it('agrees with MiniSearch when the request restricts the fields', () => {
    const tree = asMiniSearchQuery(buildQueryTree(engine, parseQuery('المغرب تونس'), ['title']));
    expect(evaluatedRanking(tree).map((hit) => hit.ordinal)).toEqual(referenceRanking(tree).map((hit) => hit.ordinal));
  });

  it('leaves its shared buffers clean, so the same query scores the same twice', () => {
    const tree = buildQueryTree(engine, parseQuery('المغرب تونس'));
    expect(evaluatedRanking(tree)).toEqual(evaluatedRanking(tree));
  });

  it('counts more than 32 distinct query terms without losing any', () => {
    const words = articles.flatMap((article) => article.title.split(/\s+/)).filter((word) => word.length > 3);
    const tree: SearchQuery = { combineWith: 'OR', queries: [{ queries: [...new Set(words)].slice(0, 70), fields: [...SURFACE_FIELDS] }] };
    const evaluated = evaluatedRanking(tree);
    expect(evaluated.length).toBeGreaterThan(0);
    expect(evaluated.map((hit) => hit.ordinal)).toEqual(referenceRanking(tree).map((hit) => hit.ordinal));
  });

  it('refuses a combination it does not implement, and a query after the refusal scores as before it', () => {
    const tree = buildQueryTree(engine, parseQuery('تونس'));
    const before = evaluatedRanking(tree);
    const halfScored: SearchQuery = { combineWith: 'OR', queries: ['تونس', { combineWith: 'AND', queries: ['تونس', 'المغرب'] }] };
    expect(() => evaluateQuery(scoringTablesOf(engine), halfScored)).toThrow(/only OR/);
    expect(evaluatedRanking(tree)).toEqual(before);
  });

  it('lets only one edit of a fuzzy match change the first typoKeep letters', () => {
    const near = (query: string, fuzzy: number, typoKeep: number) =>
      new Set(evaluatedRanking({ queries: [query], fields: [...SURFACE_FIELDS], fuzzy, typoKeep }).flatMap((hit) => hit.terms));
    // Two edits after the kept first letter: found.
    expect(near('لافرورز', 2, 1)).toContain('لافروف');
    // One edit on the first letter: found, kept letters or not.
    expect(near('نافروف', 2, 1)).toContain('لافروف');
    // Two edits, one of them on the first letter: out of reach once the letter is kept, reachable when nothing is (MiniSearch's way).
    expect(near('نافروز', 2, 1).has('لافروف')).toBe(false);
    expect(near('نافروز', 2, 0)).toContain('لافروف');
  });
});
