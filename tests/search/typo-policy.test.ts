import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/indexing/build-index';
import { createMemoryReader } from '../../src/loading/artefact-reader';
import { loadEngine, type Engine } from '../../src/loading/load-engine';
import { parseQuery } from '../../src/query/parse-query';
import { TYPO_BUDGETS, isKnownWord, typoBudget, typoQueries } from '../../src/search/typo-policy';

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

describe('isKnownWord', () => {
  let engine: Engine;
  beforeAll(async () => {
    const built = await buildIndex([
      { id: 'a', title: 'زيارة لافروف', body: 'وصل وزير الخارجية الروسي إلى الرباط' },
      { id: 'b', title: 'الطقس', body: 'أمطار غزيرة في المغرب' },
    ]);
    engine = await loadEngine(createMemoryReader(built.files));
  });
  const word = (query: string) => parseQuery(query).words[0]!;

  it('knows a word written as indexed', () => {
    expect(isKnownWord(engine, word('لافروف '))).toBe(true);
  });

  it('knows a word through one of its stems (بالمغرب holds المغرب)', () => {
    expect(isKnownWord(engine, word('بالمغرب '))).toBe(true);
  });

  it('knows a half-typed word through a completion', () => {
    expect(isKnownWord(engine, word('الخارج'))).toBe(true);
  });

  it('does not know a misspelling, so only then are typo queries tried', () => {
    expect(isKnownWord(engine, word('لافرزف '))).toBe(false);
    expect(typoQueries(engine, word('لافرزف ')).length).toBeGreaterThan(0);
    expect(typoQueries(engine, word('لافروف '))).toEqual([]);
  });
});
