// An incremental build serves exactly what a full build of the same content serves: hits, scores, order, facets, totals.

import { resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../scripts/content/load-articles';
import type { Article } from '../../src/content/article';
import { type BuiltFiles, buildIndexFiles } from '../../src/indexing/build-index';
import { MERGE_FACTOR } from '../../src/indexing/merge-policy';
import { createMemoryApp } from '../faults/in-memory-index';
import { previousOf } from '../support/previous-index';

const { articles: SAMPLE } = await loadArticles([resolve('content/sample')]);

/** Queries that reach exact words, stems, prefixes, typos, months, Latin keys, phrases, exclusions and filters. */
const QUERIES: readonly string[] = [
  'q=المغرب',
  'q=لافروف',
  'q=لافرورف ',
  'q=مهرج',
  'q=Lavrov',
  'q=نوفمبر ',
  'q=الطاقة الشمسية',
  'q="منتدى التعاون"',
  'q=المغرب -مراكش',
  'q=السياحة&category=اقتصاد',
  'q=مهرجان&sort=date',
  'q=تونس الجزائر مصر',
];

const encoder = new TextEncoder();

function filesOf(built: BuiltFiles): Map<string, Uint8Array> {
  return new Map([...built.files].map(([name, contents]) => [name, typeof contents === 'string' ? encoder.encode(contents) : contents]));
}

interface Answer {
  readonly total: number;
  readonly hits: readonly { id: string; score: number; title: string; snippet: string }[];
  readonly facets?: unknown;
}

async function answersOf(built: BuiltFiles): Promise<Answer[]> {
  const app = createMemoryApp(filesOf(built));
  return Promise.all(
    QUERIES.map(async (query) => {
      const response = await app.request(`/search?${encodeURI(query)}&limit=50&facets=category,source,tag`);
      expect(response.status, query).toBe(200);
      const { total, hits, facets } = (await response.json()) as Answer;
      return { total, hits: hits.map(({ id, score, title, snippet }) => ({ id, score, title, snippet })), facets };
    }),
  );
}

/**
 * The same hits with the same scores, titles and snippets, the same totals
 * and facets; hits of equal score may come in either order, since which of
 * them was stored first differs between the two builds.
 */
function expectSameAnswers(incremental: readonly Answer[], full: readonly Answer[]): void {
  incremental.forEach((answer, index) => {
    const expected = full[index]!;
    const query = QUERIES[index]!;
    expect(answer.total, query).toBe(expected.total);
    expect(answer.facets, query).toEqual(expected.facets);
    expect(
      answer.hits.map((hit) => hit.score),
      query,
    ).toEqual(expected.hits.map((hit) => hit.score));
    const byScoreThenId = (hits: Answer['hits']) => [...hits].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    expect(byScoreThenId(answer.hits), query).toEqual(byScoreThenId(expected.hits));
  });
}

const edited = (article: Article, note: string): Article => ({ ...article, body: `${article.body} ${note}` });

describe('an incremental build', () => {
  let base: BuiltFiles;
  beforeAll(async () => {
    base = await buildIndexFiles(SAMPLE.slice(0, 24));
  });

  it('reuses every unchanged article and changes no piece when nothing changed', async () => {
    const again = await buildIndexFiles(SAMPLE.slice(0, 24), { previous: previousOf(base) });
    expect(again.changes).toMatchObject({ mode: 'incremental', added: 0, edited: 0, deleted: 0, unchanged: 24 });
    expect([...again.files.keys()].sort()).toEqual([...base.files.keys()].sort());
    expect(again.manifestText).toBe(base.manifestText);
  });

  it('adds, edits and deletes articles, serving what a full build of the new content serves', async () => {
    const next = [...SAMPLE.slice(0, 24).filter((_, index) => index % 7 !== 3), ...SAMPLE.slice(24)].map((article, index) =>
      index % 5 === 1 ? edited(article, 'أضيفت فقرة عن السياحة في المغرب.') : article,
    );
    const incremental = await buildIndexFiles(next, { previous: previousOf(base) });
    const full = await buildIndexFiles(next);
    expect(incremental.changes.mode).toBe('incremental');
    expect(incremental.changes.added).toBe(SAMPLE.length - 24);
    expect(incremental.changes.deleted).toBe(3);
    expect(incremental.changes.edited).toBeGreaterThan(0);
    expect(incremental.manifest.documentCount).toBe(full.manifest.documentCount);
    expect(incremental.manifest.fieldLengthTotals).toEqual(full.manifest.fieldLengthTotals);
    expect(incremental.manifest.contentHash).toBe(full.manifest.contentHash);
    expectSameAnswers(await answersOf(incremental), await answersOf(full));
  });

  it('keeps the pieces of untouched segments byte for byte, so a deploy uploads only what changed', async () => {
    const grown = await buildIndexFiles([...SAMPLE.slice(0, 24), ...SAMPLE.slice(24, 26)], { previous: previousOf(base) });
    const kept = [...base.files.keys()].filter((name) => name !== 'manifest.json');
    for (const name of kept) expect(grown.files.get(name), name).toEqual(base.files.get(name));
    const fresh = [...grown.files.keys()].filter((name) => !base.files.has(name));
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.length).toBeLessThan(kept.length);
  });

  it('merges small segments once a tier holds MERGE_FACTOR of them, and still serves what a full build serves', async () => {
    let current = base;
    let content = SAMPLE.slice(0, 24);
    for (let round = 0; round < MERGE_FACTOR + 1; round++) {
      content = [...content, SAMPLE[24 + round]!];
      current = await buildIndexFiles(content, { previous: previousOf(current) });
    }
    expect(current.manifest.segments.length).toBeLessThan(MERGE_FACTOR + 2);
    expectSameAnswers(await answersOf(current), await answersOf(await buildIndexFiles(content)));
  });
});

describe('a full build in batches', () => {
  it('ends as one segment that serves what a build in one batch serves', async () => {
    const batched = await buildIndexFiles(SAMPLE, { batchSize: 10 });
    expect(batched.manifest.segments).toHaveLength(1);
    expectSameAnswers(await answersOf(batched), await answersOf(await buildIndexFiles(SAMPLE)));
  });

  it('writes the same bytes from a stream of articles, read once, as from an array', async () => {
    let reads = 0;
    async function* stream(): AsyncGenerator<Article> {
      reads++;
      for (const article of SAMPLE) yield article;
    }
    const streamed = await buildIndexFiles(stream(), { batchSize: 10 });
    expect(reads).toBe(1);
    expect(streamed.files).toEqual((await buildIndexFiles(SAMPLE, { batchSize: 10 })).files);
  });
});

describe('incremental builds over random sequences of changes', () => {
  const change = fc.record({
    remove: fc.array(fc.nat(), { maxLength: 3 }),
    edit: fc.array(fc.nat(), { maxLength: 3 }),
    add: fc.nat({ max: 3 }),
  });

  it('always serve what a full build of the same content serves', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 4 }), async (changes) => {
        let content = SAMPLE.slice(0, 12);
        let pool = SAMPLE.slice(12);
        let current = await buildIndexFiles(content);
        for (const [round, { remove, edit, add }] of changes.entries()) {
          const removed = new Set(remove.map((index) => content[index % content.length]?.id));
          content = content.filter((article) => !removed.has(article.id));
          const editedIds = new Set(edit.map((index) => content[index % Math.max(1, content.length)]?.id));
          content = content.map((article) => (editedIds.has(article.id) ? edited(article, `تعديل رقم ${round}`) : article));
          content = [...content, ...pool.slice(0, add)];
          pool = pool.slice(add);
          current = await buildIndexFiles(content, { previous: previousOf(current) });
        }
        expectSameAnswers(await answersOf(current), await answersOf(await buildIndexFiles(content)));
      }),
      { numRuns: 12, seed: 20261202 },
    );
  }, 120_000);
});
