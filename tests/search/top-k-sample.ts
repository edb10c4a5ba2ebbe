// What both top-k test files share: the sample corpus's engine, the list length that makes its common words long, and words to query.

import { resolve } from 'node:path';
import fc from 'fast-check';
import { loadArticles } from '../../scripts/content/load-articles';
import { buildEngine } from '../../scripts/eval/search-engine';
import type { Engine } from '../../src/loading/load-engine';
import type { SearchResult } from '../../src/search/rank-matches';

/** The sample corpus's engine, built in memory. */
export async function loadSampleEngine(): Promise<Engine> {
  const loaded = await loadArticles([resolve(import.meta.dirname, '../../content/sample')]);
  return buildEngine(loaded.articles);
}

/** In the sample corpus a list this long holds the common words (المغرب, تونس, السياحة…): short enough that skipping happens. */
export const LONG = 4;

/** Words of the sample corpus, common and rare, to combine into queries. */
export const WORDS = [
  'المغرب',
  'تونس',
  'السياحة',
  'المهرجان',
  'مراكش',
  'الطاقة',
  'الشمسية',
  'تراجع',
  'السياح',
  'الموسم',
  'افتتاح',
  'العالمي',
  'مهرجاان',
  'Lavrov',
  'نوفمبر',
];

/** A result's first `count` hits as ordinals and scores. */
export const pageOf = (result: SearchResult, count: number) => result.top(count).map(({ ordinal, score }) => ({ ordinal, score }));

/** A query of one to four sample words, finished or still being typed (its last word a prefix), and a page size of 1 to 12. */
export const queryAndKeep = fc
  .tuple(fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }), fc.boolean(), fc.integer({ min: 1, max: 12 }))
  .map(([words, typing, keep]) => ({ query: `${words.join(' ')}${typing ? '' : ' '}`, keep }));
