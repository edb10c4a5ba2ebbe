import { beforeAll, describe, expect, it } from 'vitest';
import { buildEngine } from '../../scripts/eval/search-engine';
import type { Article } from '../../src/content/article';
import type { Engine } from '../../src/loading/load-engine';
import { parseQuery } from '../../src/query/parse-query';
import { keepPhraseMatches, PHRASE_SCAN_BUDGET } from '../../src/search/phrase-filter';
import { findArticles } from '../../src/search/search';
import { idsOf } from '../support/read-catalog';

/** Filler that holds both words of the phrase apart, so every article is a candidate the index cannot rule out. */
const APART = 'تجوّل الزوار في السوق ثم زاروا القيصرية بعد الظهر. '.repeat(20);
const TOGETHER = 'وفي سوق القيصرية ازدحام كبير.';

/** Enough candidates that reading them all would take several times the budget; every tenth holds the phrase. */
const CANDIDATES = Math.ceil((4 * PHRASE_SCAN_BUDGET) / APART.length);
const articles: Article[] = Array.from({ length: CANDIDATES }, (_, index) => ({
  id: `a${index}`,
  title: `خبر ${index}`,
  body: index % 10 === 0 ? `${TOGETHER} ${APART}` : APART,
}));

let engine: Engine;

beforeAll(async () => {
  engine = await buildEngine(articles);
});

const phraseOf = (query: string) => parseQuery(query).phrases;

describe('keepPhraseMatches', () => {
  it('reads no more than its budget of text, and says the answer is incomplete', async () => {
    const query = parseQuery('"سوق القيصرية"');
    const ranked = (await findArticles(engine, query)).ranked;
    expect(ranked.length).toBe(CANDIDATES);
    let bodiesRead = 0;
    const counting: Engine = {
      ...engine,
      documents: (ordinals) => ((bodiesRead += ordinals.length), engine.documents(ordinals)),
    };
    const { matches, complete } = await keepPhraseMatches(counting, ranked, query.phrases);
    expect(complete).toBe(false);
    // The budget covers this many bodies; one batch of read-ahead may be loaded past it, never scanned.
    expect(bodiesRead).toBeLessThanOrEqual(Math.ceil(PHRASE_SCAN_BUDGET / APART.length) + 8);
    expect(bodiesRead).toBeLessThan(CANDIDATES);
    const holders = new Set(articles.filter((article) => article.body.startsWith(TOGETHER)).map((article) => article.id));
    expect(matches.length).toBeGreaterThan(0);
    for (const id of await idsOf(
      engine,
      matches.map((match) => match.ordinal),
    ))
      expect(holders.has(id)).toBe(true);
  });

  it('keeps the confirmed matches in the order it was given, best first', async () => {
    const query = parseQuery('"سوق القيصرية"');
    const ranked = (await findArticles(engine, query)).ranked;
    const { matches } = await keepPhraseMatches(engine, ranked, query.phrases);
    const positions = matches.map((match) => ranked.indexOf(match));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('is complete and exact when the candidates fit in the budget', async () => {
    const query = parseQuery('"سوق القيصرية"');
    const few = (await findArticles(engine, query)).ranked.slice(0, 10);
    const { matches, complete } = await keepPhraseMatches(engine, few, query.phrases);
    expect(complete).toBe(true);
    expect(
      await idsOf(
        engine,
        matches.map((match) => match.ordinal),
      ),
    ).toEqual(
      (
        await idsOf(
          engine,
          few.map((article) => article.ordinal),
        )
      ).filter((id) => Number(id.slice(1)) % 10 === 0),
    );
  });

  it('passes everything through, complete, when the query has no phrase', async () => {
    const ranked = (await findArticles(engine, parseQuery('القيصرية'))).ranked;
    const { matches, complete } = await keepPhraseMatches(engine, ranked, phraseOf('القيصرية'));
    expect(complete).toBe(true);
    expect(matches).toHaveLength(ranked.length);
  });
});
