import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/article';
import type { Engine } from '../../src/loading/load-engine';
import { parseQuery } from '../../src/query/parse-query';
import { searchArticles } from '../../src/search/search';
import { buildEngine } from '../../scripts/eval/search-engine';

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
const rank = (query: string): string[] =>
  searchArticles(engine, parseQuery(query)).ranked.map((article) => engine.catalog.ids[article.ordinal]!);

beforeAll(async () => {
  engine = await buildEngine(ARTICLES);
});

describe('searchArticles', () => {
  it('ranks the exact written form above a clitic-attached form', () => {
    expect(rank('لافروف ').slice(0, 2)).toEqual(['exact', 'clitic']);
  });

  it('finds a misspelt long name by typo tolerance, ranked by its real spelling', () => {
    expect(rank('لافرورف ')[0]).toBe('exact');
  });

  it('does not treat spellings that normalisation folds as typos', () => {
    const written = searchArticles(engine, parseQuery('إلى لافروف ')).ranked[0];
    const vowelled = searchArticles(engine, parseQuery('لافْرُوف ')).ranked[0];
    expect(vowelled?.score).toBe(written?.score);
    expect(rank('المدرسه ')[0]).toBe('typo-neighbour');
  });

  it('tries no typo matches on words of three letters or fewer', () => {
    expect(rank('فيق ')).toEqual([]);
  });

  it('finds a month by any regional name', () => {
    expect(rank('نونبر ')).toEqual(expect.arrayContaining(['november', 'teshrin']));
    expect(rank('نونبر ')).not.toContain('october');
  });

  it('finds the two-word Levantine month name from the Egyptian one and back', () => {
    expect(rank('نوفمبر ')).toContain('teshrin');
    expect(rank('تشرين الثاني ')[0]).toBe('teshrin');
    expect(rank('تشرين الثاني ')).toContain('november');
  });

  it('ignores a trailing word that is only the article, as when ال has just been typed', () => {
    expect(rank('مراكش ال')).toEqual(rank('مراكش '));
  });

  it('finds a name typed in Latin letters written in Arabic, below the article that writes it in Latin', () => {
    const ranked = rank('Lavrov ');
    expect(ranked[0]).toBe('latin-name');
    expect(ranked).toContain('exact');
    expect(ranked).toContain('clitic');
  });

  it('does not look for Arabic query words through Latin keys', () => {
    expect(rank('لافروف ')).not.toContain('latin-name');
  });

  it('answers a question by its content words, not its question words', () => {
    expect(rank('متى وصل لافروف إلى مراكش؟')[0]).toBe('exact');
    expect(rank('ماهو؟')).toEqual([]);
  });
});
