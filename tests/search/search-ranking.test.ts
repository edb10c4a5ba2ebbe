import { beforeAll, describe, expect, it } from 'vitest';
import { buildEngine } from '../../scripts/eval/search-engine';
import type { Article } from '../../src/content/article';
import type { Engine } from '../../src/loading/load-engine';
import { parseQuery } from '../../src/query/parse-query';
import { findArticles, planSearch, searchArticles } from '../../src/search/search';
import { idsOf } from '../support/read-catalog';

const ARTICLES: Article[] = [
  { id: 'exact', title: 'زيارة', body: 'وصل لافروف إلى مراكش صباح اليوم للمشاركة في المنتدى.' },
  { id: 'clitic', title: 'لقاء', body: 'التقى الوزير بلافروف بعد وصوله إلى العاصمة.' },
  { id: 'typo-neighbour', title: 'رياضة', body: 'فاز فريق المدرسة بالبطولة الإقليمية هذا العام.' },
  { id: 'november', title: 'قمة', body: 'انعقدت القمة في الخامس من نوفمبر بحضور الوفود.' },
  { id: 'teshrin', title: 'مؤتمر', body: 'يعقد المؤتمر في تشرين الثاني من كل سنة في بيروت.' },
  { id: 'october', title: 'مهرجان', body: 'يقام المهرجان في تشرين الأول من كل سنة في دمشق.' },
  { id: 'latin-name', title: 'Lavrov في الرباط', body: 'Sergei Lavrov يلتقي نظيره المغربي.' },
  { id: 'article-words', title: 'الالتزام', body: 'الاقتصاد الاستثمار الانتخابات الاستقرار الاتحاد الامن.' },
];

let engine: Engine;
async function rank(query: string): Promise<string[]> {
  return idsOf(
    engine,
    (await findArticles(engine, parseQuery(query))).ranked.map((article) => article.ordinal),
  );
}

beforeAll(async () => {
  engine = await buildEngine(ARTICLES);
});

describe('searchArticles', () => {
  it('ranks the exact written form above a clitic-attached form', async () => {
    expect((await rank('لافروف ')).slice(0, 2)).toEqual(['exact', 'clitic']);
  });

  it('finds a misspelt long name by typo tolerance, ranked by its real spelling', async () => {
    expect((await rank('لافرورف '))[0]).toBe('exact');
  });

  it('does not treat spellings that normalisation folds as typos', async () => {
    const written = (await findArticles(engine, parseQuery('إلى لافروف '))).ranked[0];
    const vowelled = (await findArticles(engine, parseQuery('لافْرُوف '))).ranked[0];
    expect(vowelled?.score).toBe(written?.score);
    expect((await rank('المدرسه '))[0]).toBe('typo-neighbour');
  });

  it('tries no typo matches on words of three letters or fewer', async () => {
    expect(await rank('فيق ')).toEqual([]);
  });

  it('finds a month by any regional name', async () => {
    expect(await rank('نونبر ')).toEqual(expect.arrayContaining(['november', 'teshrin']));
    expect(await rank('نونبر ')).not.toContain('october');
  });

  it('finds the two-word Levantine month name from the Egyptian one and back', async () => {
    expect(await rank('نوفمبر ')).toContain('teshrin');
    expect((await rank('تشرين الثاني '))[0]).toBe('teshrin');
    expect(await rank('تشرين الثاني ')).toContain('november');
  });

  it('ignores a trailing word that is only the article, as when ال has just been typed', async () => {
    expect(await rank('مراكش ال')).toEqual(await rank('مراكش '));
  });

  it('finds a name typed in Latin letters written in Arabic, below the article that writes it in Latin', async () => {
    const ranked = await rank('Lavrov ');
    expect(ranked[0]).toBe('latin-name');
    expect(ranked).toContain('exact');
    expect(ranked).toContain('clitic');
  });

  it('does not look for Arabic query words through Latin keys', async () => {
    expect(await rank('لافروف ')).not.toContain('latin-name');
  });

  it('answers a question by its content words, not its question words', async () => {
    expect((await rank('متى وصل لافروف إلى مراكش؟'))[0]).toBe('exact');
    expect(await rank('ماهو؟')).toEqual([]);
  });
});

describe('a search whose term blocks are read over several runs', () => {
  // Filler words sorting between the two query words push them into term blocks of their own (about 32 KiB each).
  const letters = 'تثجحخدذرزسشصضطظعغفقك';
  const filler = Array.from(
    { length: 1500 },
    (_, index) => `س${letters[index % 20]}${letters[Math.floor(index / 20) % 20]}${letters[Math.floor(index / 400)]}ون`,
  );
  const corpus: Article[] = [
    { id: 'sea', title: 'بحر', body: `بحر ${filler.slice(0, 750).join(' ')}` },
    { id: 'yemen', title: 'يمن', body: `يمن ${filler.slice(750).join(' ')}` },
  ];

  it('ranks nothing in a run that lacks a block, and answers from the run that has them all', async () => {
    const local = await buildEngine(corpus);
    await findArticles(local, parseQuery('بحر'));
    const query = parseQuery('بحر يمن');
    const runs: { lacking: boolean; planned: number; total: number }[] = [];
    const result = await local.complete(() => {
      const planned = planSearch(local, query).plan.jobs.length;
      const lacking = local.terms.lacksPieces();
      const found = searchArticles(local, query, { keep: 10 });
      runs.push({ lacking, planned, total: found.total });
      return found;
    });
    // The first run found بحر in its block, already read, and lacked the block of يمن.
    expect(runs[0]).toMatchObject({ lacking: true, total: 0 });
    expect(runs[0]!.planned).toBeGreaterThan(0);
    expect(runs.at(-1)!.lacking).toBe(false);
    expect(
      (
        await idsOf(
          local,
          result.top(10).map((article) => article.ordinal),
        )
      ).sort(),
    ).toEqual(['sea', 'yemen']);
  });
});
