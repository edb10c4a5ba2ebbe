import { describe, expect, it } from 'vitest';
import { monthKey } from '../../src/analysis/month-keys';
import { MONTH_NAMES } from '../../src/analysis/month-names';
import { analyzePrefix, analyzeWord, analyzeWordPair } from '../../src/analysis/pipeline';

const singleRows = MONTH_NAMES.flatMap((row) => row.names.map(([name, reason]) => [name, row.month, reason] as const));
const pairRows = MONTH_NAMES.flatMap((row) =>
  row.pairs.map(([first, second, reason]) => [`${first} ${second}`, row.month, first, second, reason] as const),
);

describe('month names', () => {
  it.each(singleRows)('indexes %s under the key of month %i (%s)', (name, month) => {
    expect(analyzeWord(name)?.monthKey).toBe(monthKey(month));
  });

  it.each(singleRows)('gives %s its month key while it is still being typed', (name, month) => {
    expect(analyzePrefix(name)?.monthKey).toBe(monthKey(month));
  });

  it.each(pairRows)('indexes the pair %s under the key of month %i', (_label, month, first, second) => {
    expect(analyzeWordPair(first, second)).toBe(monthKey(month));
  });

  it('finds the month with clitics and without hamza', () => {
    expect(analyzeWord('ونونبر')?.monthKey).toBe(monthKey(11));
    expect(analyzeWord('اغسطس')?.monthKey).toBe(monthKey(8));
    expect(analyzeWordPair('وتشرين', 'الأول')).toBe(monthKey(10));
  });

  it('does not give a month to half a Levantine pair or to أب (father)', () => {
    expect(analyzeWord('تشرين')?.monthKey).toBeUndefined();
    expect(analyzeWord('أب')?.monthKey).toBeUndefined();
    expect(analyzeWordPair('تشرين', 'الثالث')).toBeUndefined();
  });

  it('gives each month one key that no other month shares', () => {
    const keys = MONTH_NAMES.map((row) => monthKey(row.month));
    expect(new Set(keys).size).toBe(12);
    for (const key of keys) expect(keys.filter((other) => other.startsWith(key))).toEqual([key]);
  });
});
