import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndexFiles } from '../../src/indexing/build-index';
import { createMemoryReader } from '../../src/loading/artefact-reader';
import { type Engine, loadEngine } from '../../src/loading/load-engine';
import { parseQuery } from '../../src/query/parse-query';
import {
  isKnownWord,
  MIN_LENGTH_FOR_KEPT_LETTERS,
  MIN_TYPO_READING_LENGTH,
  readingTypoBudget,
  TYPO_BUDGETS,
  TYPO_KEPT_LETTERS,
  typoBudget,
  typoKeptLetters,
  typoQueries,
} from '../../src/search/typo-policy';

describe('typoBudget', () => {
  it.each(TYPO_BUDGETS.map((row) => [row.reason, row] as const))('allows the edits of its row: %s', (_reason, row) => {
    expect(typoBudget(Math.max(row.minLength, 1))).toBe(row.edits);
  });

  it.each([
    [3, 0],
    [4, 1],
    [6, 1],
    [7, 2],
    [12, 2],
  ])('allows a word of %i letters %i edits', (length, edits) => {
    expect(typoBudget(length)).toBe(edits);
  });
});

describe('readingTypoBudget', () => {
  it(`gives a reading under ${MIN_TYPO_READING_LENGTH} letters no edits, though the word as typed would get one`, () => {
    expect(readingTypoBudget(MIN_TYPO_READING_LENGTH - 1)).toBe(0);
    expect(typoBudget(MIN_TYPO_READING_LENGTH - 1)).toBe(1);
  });

  it('gives a longer reading the edits of a word of its length', () => {
    expect(readingTypoBudget(MIN_TYPO_READING_LENGTH)).toBe(typoBudget(MIN_TYPO_READING_LENGTH));
  });
});

describe('typoKeptLetters', () => {
  it.each([
    ['a long bare word: its first letter', 'استثمارتت', TYPO_KEPT_LETTERS],
    ['a long word with the article: the article and the letter after it', 'الاستثمارات', 2 + TYPO_KEPT_LETTERS],
    ['a conjunction and the article count as the article', 'والاستثمارات', 3 + TYPO_KEPT_LETTERS],
    ['a shorter word: nothing, even when it starts like the article (بالجيكيا for بلجيكا)', 'بالجيكيا', 0],
  ])('%s (%s)', (_reason, surface, kept) => {
    expect(surface.length >= MIN_LENGTH_FOR_KEPT_LETTERS).toBe(kept > 0);
    expect(typoKeptLetters(surface)).toBe(kept);
  });
});

describe('isKnownWord', () => {
  let engine: Engine;
  beforeAll(async () => {
    const built = await buildIndexFiles([
      { id: 'a', title: 'زيارة لافروف', body: 'وصل وزير الخارجية الروسي إلى الرباط' },
      { id: 'b', title: 'الطقس', body: 'أمطار غزيرة في المغرب' },
    ]);
    engine = await loadEngine(createMemoryReader(built.files));
  });
  const word = (query: string) => parseQuery(query).words[0]!;

  it('knows a word written as indexed', async () => {
    expect(await engine.complete(() => isKnownWord(engine, word('لافروف ')))).toBe(true);
  });

  it('knows a word through one of its stems (بالمغرب holds المغرب)', async () => {
    expect(await engine.complete(() => isKnownWord(engine, word('بالمغرب ')))).toBe(true);
  });

  it('knows a half-typed word through a completion', async () => {
    expect(await engine.complete(() => isKnownWord(engine, word('الخارج')))).toBe(true);
  });

  it('does not know a misspelling, so only then are typo queries tried', async () => {
    expect(await engine.complete(() => isKnownWord(engine, word('لافرزف ')))).toBe(false);
    expect((await engine.complete(() => typoQueries(engine, word('لافرزف ')))).length).toBeGreaterThan(0);
    expect(await engine.complete(() => typoQueries(engine, word('لافروف ')))).toEqual([]);
  });

  it('searches near spellings of the word as typed, not of a short reading left by a clitic (كوفيد is not ك + وفيد)', async () => {
    const fuzzyTerms = (await engine.complete(() => typoQueries(engine, word('كوفيد ')))).flatMap((query) =>
      typeof query === 'string' ? [] : query.queries,
    );
    expect(fuzzyTerms).toContain('كوفيد');
    expect(fuzzyTerms).not.toContain('وفيد');
  });

  it('keeps the edits of a short reading after the article, a certain split (المغرث → مغرث)', async () => {
    const fuzzyTerms = (await engine.complete(() => typoQueries(engine, word('المغرث ')))).flatMap((query) =>
      typeof query === 'string' ? [] : query.queries,
    );
    expect(fuzzyTerms).toContain('مغرث');
  });
});
