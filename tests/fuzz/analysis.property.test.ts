// Property suite for src/analysis: any string is tokenised, normalised and analysed without throwing, with offsets that round-trip.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeWord } from '../../src/analysis/normalize';
import { analyzeText, analyzeWord, MAX_TERM_LENGTH } from '../../src/analysis/pipeline';
import { type Token, tokenize } from '../../src/analysis/tokenize';
import { hostileString, PATHOLOGICAL_STRINGS } from './hostile-text';

const RUNS = Number(process.env.FUZZ_PROPERTY_RUNS ?? 500);

/** NFKC expands one character to at most 18 (U+FDFA); nothing else in normalisation adds characters. */
const MAX_NORMALIZATION_GROWTH = 18;

function expectTokensRoundTrip(text: string, tokens: readonly Token[]): void {
  let previousEnd = 0;
  for (const token of tokens) {
    expect(token.start).toBeGreaterThanOrEqual(previousEnd);
    expect(token.end).toBeGreaterThan(token.start);
    expect(token.end).toBeLessThanOrEqual(text.length);
    expect(token.text).toBe(text.slice(token.start, token.end));
    previousEnd = token.end;
  }
}

function expectAnalysisBounded(word: string): void {
  const analysis = analyzeWord(word);
  if (analysis === null) return;
  expect(analysis.surface.length).toBeGreaterThan(0);
  expect(analysis.surface.length).toBeLessThanOrEqual(MAX_TERM_LENGTH);
  expect(analysis.stems.length).toBeGreaterThan(0);
  expect(analysis.stems.length).toBeLessThanOrEqual(12);
  for (const stem of analysis.stems) expect(stem.length).toBeLessThanOrEqual(analysis.surface.length);
}

describe('tokenize', () => {
  it('returns ordered, non-overlapping tokens whose offsets slice back to their text, for any string', () => {
    fc.assert(
      fc.property(hostileString(), (text) => {
        expectTokensRoundTrip(text, tokenize(text));
      }),
      { numRuns: RUNS },
    );
  });

  it.each(PATHOLOGICAL_STRINGS)('handles %s with at most one token per character', (_name, text) => {
    const tokens = tokenize(text);
    expectTokensRoundTrip(text, tokens);
    expect(tokens.length).toBeLessThanOrEqual(text.length);
  });

  it('makes no token of a run of diacritics with no letter under them', () => {
    expect(tokenize('\u064e'.repeat(10_000))).toEqual([]);
  });
});

describe('normalizeWord', () => {
  it('never throws and grows a word by at most the NFKC expansion factor', () => {
    fc.assert(
      fc.property(hostileString(40), (word) => {
        expect(normalizeWord(word).length).toBeLessThanOrEqual(word.length * MAX_NORMALIZATION_GROWTH);
      }),
      { numRuns: RUNS },
    );
  });

  it('is idempotent on every token of any string', () => {
    fc.assert(
      fc.property(hostileString(), (text) => {
        for (const token of tokenize(text)) {
          const once = normalizeWord(token.text);
          expect(normalizeWord(once)).toBe(once);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('analyzeWord', () => {
  it('gives null or a bounded, non-empty analysis for any token', () => {
    fc.assert(
      fc.property(hostileString(), (text) => {
        for (const token of tokenize(text)) expectAnalysisBounded(token.text);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(PATHOLOGICAL_STRINGS)('gives a bounded analysis for every token of %s', (_name, text) => {
    for (const token of tokenize(text)) expectAnalysisBounded(token.text);
  });

  it('gives a bounded analysis even for raw strings that are not tokens', () => {
    fc.assert(
      fc.property(hostileString(60), (word) => expectAnalysisBounded(word)),
      { numRuns: RUNS },
    );
  });
});

describe('analyzeText', () => {
  it('keeps the tokeniser offsets for any string', () => {
    fc.assert(
      fc.property(hostileString(), (text) => {
        const analyzed = analyzeText(text);
        expect(analyzed.map(({ text: word, start, end }) => ({ text: word, start, end }))).toEqual(tokenize(text));
      }),
      { numRuns: RUNS },
    );
  });

  it.each(PATHOLOGICAL_STRINGS)('analyses %s with offsets that round-trip', (_name, text) => {
    expectTokensRoundTrip(text, analyzeText(text));
  });
});
