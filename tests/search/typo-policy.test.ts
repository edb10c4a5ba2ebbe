import { describe, expect, it } from 'vitest';
import { TYPO_BUDGETS, typoBudget } from '../../src/search/typo-policy';

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
