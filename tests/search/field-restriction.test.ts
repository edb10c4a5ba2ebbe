import { describe, expect, it } from 'vitest';
import type { SearchQuery } from '../../src/search/evaluate-query';
import { restrictToFields } from '../../src/search/field-restriction';

describe('restrictToFields', () => {
  const tree: SearchQuery = {
    combineWith: 'OR',
    queries: [
      { queries: ['مغرب'], fields: ['title', 'body'] },
      { queries: ['مغرب'], fields: ['titleStems', 'bodyStems'] },
      { queries: ['√غرب'], fields: ['titleRoots', 'bodyRoots'] },
    ],
  };

  it('keeps only the exact, stem, cross-script and root fields of the requested field, at every level', () => {
    const restricted = restrictToFields(tree, ['title']) as { fields: string[]; queries: { fields: string[] }[] };
    expect(restricted.fields).toEqual(['title', 'titleStems', 'titleKeys', 'titleRoots']);
    expect(restricted.queries.map((query) => query.fields)).toEqual([['title'], ['titleStems'], ['titleRoots']]);
  });

  it('leaves every field when both are requested', () => {
    const restricted = restrictToFields(tree, ['title', 'body']) as { queries: { fields: string[] }[] };
    expect(restricted.queries.map((query) => query.fields)).toEqual([
      ['title', 'body'],
      ['titleStems', 'bodyStems'],
      ['titleRoots', 'bodyRoots'],
    ]);
  });
});
