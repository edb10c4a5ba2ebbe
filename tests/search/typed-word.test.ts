import { beforeAll, describe, expect, it } from 'vitest';
import { buildEngine } from '../../scripts/eval/search-engine';
import type { Article } from '../../src/content/article';
import type { Engine } from '../../src/loading/load-engine';
import { parseQuery } from '../../src/query/parse-query';
import { findArticles } from '../../src/search/search';
import { idsOf } from '../support/read-catalog';

const ARTICLES: Article[] = [
  { id: 'festival', title: 'أخبار ثقافية', body: 'يستمر المهرجان أسبوعا وتشارك فيه فرق من عشرين بلدا.' },
  { id: 'parliament', title: 'جلسة عامة', body: 'صادق البرلمان على القانون بعد نقاش طويل.' },
  { id: 'other', title: 'طقس', body: 'أمطار غزيرة على الشمال.' },
  { id: 'trump', title: 'انتخابات', body: 'فاز دونالد ترامب بالانتخابات.' },
];

let engine: Engine;
async function ids(query: string): Promise<string[]> {
  return idsOf(
    engine,
    (await findArticles(engine, parseQuery(query))).ranked.map((article) => article.ordinal),
  );
}

beforeAll(async () => {
  engine = await buildEngine(ARTICLES);
});

describe('a word still being typed', () => {
  it.each([
    ['مهرجان', 'festival', 'المهرجان, whose stem drops the ان ending'],
    ['برلمان', 'parliament', 'البرلمان, likewise'],
  ])('%s finds %s before the space is typed (%s)', async (typed, id) => {
    expect(await ids(typed)).toContain(id);
    expect(await ids(typed)).toEqual(await ids(`${typed} `));
  });

  it('completes a half-typed word that is a stop word when whole (دون → دونالد)', async () => {
    expect(await ids('دون')).toEqual(['trump']);
    expect(await ids('دون ')).toEqual([]);
  });

  it('still completes a word cut short', async () => {
    expect(await ids('المهرج')).toEqual(['festival']);
  });
});
