// The root layer on a small corpus: broken plurals and verb forms meet their family, below the exact form and the stem, and are marked.

import { beforeAll, describe, expect, it } from 'vitest';
import { buildEngine } from '../../scripts/eval/search-engine';
import { presentHits } from '../../src/api/present-hits';
import type { Article } from '../../src/content/article';
import { ROOT_FIELDS, STEM_FIELDS, SURFACE_FIELDS } from '../../src/index-format/search-options';
import type { Engine } from '../../src/loading/load-engine';
import { parseQuery } from '../../src/query/parse-query';
import { ROOT_BOOSTS, STEM_BOOSTS, SURFACE_BOOSTS } from '../../src/search/ranking';
import { findArticles } from '../../src/search/search';
import { MIN_LONG_LIST } from '../../src/search/top-k';
import { DEFAULT_SNIPPET_LENGTH } from '../../src/snippets/make-snippet';
import { idsOf } from '../support/read-catalog';

/** Articles alike but for one word, so that only the kind of match tells them apart. */
const sameButFor = (id: string, word: string, where: 'title' | 'body'): Article => ({
  id,
  title: where === 'title' ? `${word} جديدة` : 'أخبار جديدة',
  body: where === 'body' ? `زار الوزير ${word} في المدينة صباح اليوم.` : 'زار الوزير المدينة صباح اليوم.',
});

const ARTICLES: Article[] = [
  sameButFor('body-exact', 'مدارس', 'body'),
  sameButFor('body-stem', 'ومدارسها', 'body'),
  sameButFor('body-root', 'المدرسة', 'body'),
  sameButFor('title-exact', 'مدارس', 'title'),
  sameButFor('title-stem', 'ومدارسها', 'title'),
  sameButFor('title-root', 'المدرسة', 'title'),
  { id: 'announcement', title: 'بيان', body: 'أعلن الوزير عن خطة جديدة.' },
  { id: 'advert', title: 'إعلان', body: 'نشرت الشركة الإعلان في الصحف.' },
  { id: 'children', title: 'رعاية', body: 'يستقبل المركز الأطفال كل صباح.' },
  { id: 'oil', title: 'أسعار', body: 'ارتفع سعر الزيت في الأسواق.' },
  { id: 'olives', title: 'موسم', body: 'بدأ جني الزيتون في الجنوب.' },
];

let engine: Engine;

beforeAll(async () => {
  engine = await buildEngine(ARTICLES);
});

async function rank(query: string): Promise<string[]> {
  const ranked = (await findArticles(engine, parseQuery(query))).ranked;
  return idsOf(
    engine,
    ranked.map((article) => article.ordinal),
  );
}

const marked = (html: string): string[] => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]!);

describe('the root layer', () => {
  it.each([0, 1])('weighs a root well below a stem, and a stem below the exact form (field pair %i)', (pair) => {
    const [surface, stem, root] = [SURFACE_FIELDS[pair]!, STEM_FIELDS[pair]!, ROOT_FIELDS[pair]!];
    expect(ROOT_BOOSTS[root]!).toBeLessThanOrEqual(STEM_BOOSTS[stem]! / 2);
    expect(STEM_BOOSTS[stem]!).toBeLessThan(SURFACE_BOOSTS[surface]!);
  });

  it('ranks the exact form first, then the stem, then the root, in the body and in the title', async () => {
    const ranked = await rank('مدارس ');
    const order = (ids: readonly string[]): number[] => ids.map((id) => ranked.indexOf(id));
    for (const field of ['body', 'title']) {
      const [exact, stem, root] = order([`${field}-exact`, `${field}-stem`, `${field}-root`]);
      expect(exact).toBeGreaterThanOrEqual(0);
      expect(exact).toBeLessThan(stem!);
      expect(stem).toBeLessThan(root!);
    }
  });

  it('finds the singular of a broken plural, and the verbal noun and past of a future verb', async () => {
    expect(await rank('أطفال ')).toContain('children');
    expect(await rank('طفل ')).toContain('children');
    expect(await rank('سيعلن ')).toEqual(expect.arrayContaining(['announcement', 'advert']));
  });

  it('keeps olives and oil apart', async () => {
    expect(await rank('الزيتون ')).toEqual(['olives']);
    expect(await rank('الزيت ')).toEqual(['oil']);
  });

  it('marks the word a root matched, as the article writes it', async () => {
    const parsed = parseQuery('مدارس ');
    const found = (await findArticles(engine, parsed)).ranked;
    const ids = await idsOf(
      engine,
      found.map((article) => article.ordinal),
    );
    const article = found[ids.indexOf('body-root')]!;
    const [hit] = await presentHits(engine, [article], { query: parsed, highlight: true, snippetLength: DEFAULT_SNIPPET_LENGTH });
    expect(marked(hit!.snippet)).toEqual(['المدرسة']);
  });
});

describe('a word in a long posting list', () => {
  it('is searched without its root: it finds articles aplenty, and its root would add its whole family', async () => {
    // مدارس in more articles than a long list holds (top-k.ts); المدرسة, of its root, in one more.
    const common = Array.from({ length: MIN_LONG_LIST }, (_, index) => sameButFor(`school-${index}`, 'مدارس', 'body'));
    const large = await buildEngine([
      ...common,
      sameButFor('family', 'المدرسة', 'body'),
      sameButFor('rare', 'الأطفال', 'body'),
      sameButFor('rare-family', 'طفل', 'body'),
    ]);
    const found = async (q: string): Promise<string[]> =>
      idsOf(
        large,
        (await findArticles(large, parseQuery(q))).ranked.map((hit) => hit.ordinal),
      );
    expect((await found('مدارس ')).length).toBe(MIN_LONG_LIST);
    expect(await found('مدارس ')).not.toContain('family');
    // A rare word still meets its family through the root.
    expect(await found('أطفال ')).toEqual(expect.arrayContaining(['rare', 'rare-family']));
  });
});
