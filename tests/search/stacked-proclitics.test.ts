// Stacked proclitics: و or ف, then ب, ك or ل, then ال (its alef dropped after ل) find and mark the bare word.

import { beforeAll, describe, expect, it } from 'vitest';
import { buildEngine } from '../../scripts/eval/search-engine';
import { presentHits } from '../../src/api/present-hits';
import type { Article } from '../../src/content/article';
import type { Engine } from '../../src/loading/load-engine';
import { parseQuery } from '../../src/query/parse-query';
import { findArticles } from '../../src/search/search';
import { DEFAULT_SNIPPET_LENGTH } from '../../src/snippets/make-snippet';
import { idsOf } from '../support/read-catalog';

const ARTICLES: Article[] = [
  { id: 'children', title: 'رعاية', body: 'افتتحت الوزارة مركزا جديدا يستقبل أطفال الحي كل صباح.' },
  { id: 'school', title: 'تعليم', body: 'تبدأ الدراسة في مدرسة القرية مطلع الشهر المقبل.' },
  { id: 'morocco', title: 'سياحة', body: 'ارتفع عدد الزوار في المغرب هذا الصيف.' },
];

/**
 * Each stacked form, the article holding its bare word, that word as the
 * article writes it, and every word marked in its snippet: the school article
 * also writes الدراسة, which shares مدرسة's root (درس) and is marked as a root match.
 */
const STACKS: readonly { query: string; id: string; bare: string; marks: readonly string[]; reason: string }[] = [
  { query: 'وللأطفال', id: 'children', bare: 'أطفال', marks: ['أطفال'], reason: 'و + ل + ال, the alef of ال dropped after ل' },
  { query: 'فللمدرسة', id: 'school', bare: 'مدرسة', marks: ['الدراسة', 'مدرسة'], reason: 'ف + ل + ال, the alef of ال dropped after ل' },
  { query: 'وبالمغرب', id: 'morocco', bare: 'المغرب', marks: ['المغرب'], reason: 'و + ب + ال' },
  { query: 'فبالمغرب', id: 'morocco', bare: 'المغرب', marks: ['المغرب'], reason: 'ف + ب + ال' },
  { query: 'وكالمدرسة', id: 'school', bare: 'مدرسة', marks: ['الدراسة', 'مدرسة'], reason: 'و + ك + ال' },
  { query: 'وللمدرسة', id: 'school', bare: 'مدرسة', marks: ['الدراسة', 'مدرسة'], reason: 'و + ل + ال' },
  { query: 'للأطفال', id: 'children', bare: 'أطفال', marks: ['أطفال'], reason: 'ل + ال without a conjunction' },
  { query: 'فالمغرب', id: 'morocco', bare: 'المغرب', marks: ['المغرب'], reason: 'ف + ال without a preposition' },
];

let engine: Engine;

beforeAll(async () => {
  engine = await buildEngine(ARTICLES);
});

const marked = (html: string): string[] => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]!);

describe('stacked proclitics', () => {
  it.each(STACKS)('$query ($reason) finds the article writing $bare and marks it', async ({ query, id, bare, marks }) => {
    const parsed = parseQuery(`${query} `);
    const ranked = (await findArticles(engine, parsed)).ranked;
    expect(
      (
        await idsOf(
          engine,
          ranked.map((article) => article.ordinal),
        )
      )[0],
    ).toBe(id);
    const [hit] = await presentHits(engine, ranked.slice(0, 1), { query: parsed, highlight: true, snippetLength: DEFAULT_SNIPPET_LENGTH });
    expect(marks).toContain(bare);
    expect(marked(hit!.snippet)).toEqual(marks);
  });
});
