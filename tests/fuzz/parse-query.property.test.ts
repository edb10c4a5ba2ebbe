// Property suite for src/query: any query text parses without throwing, within the caps of query-limits.ts.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TERM_LENGTH } from '../../src/analysis/pipeline';
import { parseQuery } from '../../src/query/parse-query';
import { prefixCore, QUERY_LIMITS } from '../../src/query/query-limits';
import { hostileString, PATHOLOGICAL_STRINGS } from './hostile-text';

const RUNS = Number(process.env.FUZZ_PROPERTY_RUNS ?? 500);

function expectWithinCaps(text: string): void {
  const { words } = parseQuery(text);
  expect(words.length).toBeLessThanOrEqual(QUERY_LIMITS.maxWords.value);
  words.forEach((word, position) => {
    expect(text).toContain(word.text);
    expect(word.analysis.surface.length).toBeGreaterThan(0);
    expect(word.analysis.surface.length).toBeLessThanOrEqual(MAX_TERM_LENGTH);
    if (word.prefix) {
      expect(position).toBe(words.length - 1);
      expect([...prefixCore(word.analysis.surface)].length).toBeGreaterThanOrEqual(QUERY_LIMITS.minPrefixLetters.value);
    }
  });
  const keys = words.map((word) => `${word.prefix}:${word.analysis.surface}`);
  expect(new Set(keys).size).toBe(keys.length);
}

describe('parseQuery', () => {
  it('parses any string into at most maxWords distinct words, the only prefix last and long enough', () => {
    fc.assert(fc.property(hostileString(200), expectWithinCaps), { numRuns: RUNS });
  });

  it('parses quotes, minus signs and words in every arrangement', () => {
    const piece = fc.constantFrom('"', "'", '-', '−', ' ', 'لافروف', 'مراكش', 'ال', 'م', '"-', '-"', '--', '""');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
        expectWithinCaps,
      ),
      { numRuns: RUNS },
    );
  });

  it.each(PATHOLOGICAL_STRINGS)('parses %s within the caps', (_name, text) => {
    expectWithinCaps(text);
  });

  it('is deterministic: the same text gives the same words', () => {
    fc.assert(
      fc.property(hostileString(200), (text) => {
        expect(parseQuery(text)).toEqual(parseQuery(text));
      }),
      { numRuns: RUNS },
    );
  });
});
