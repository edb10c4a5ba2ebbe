// The snippet pre-filter against a full scan: the words marked through candidate patterns are exactly those a scan of every word marks.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MONTH_NAMES } from '../../src/analysis/month-names';
import { analyzeWord, transliterationKeys, type WordAnalysis } from '../../src/analysis/pipeline';
import { tokenize } from '../../src/analysis/tokenize';
import { PLAIN } from '../../src/snippets/candidate-patterns';
import { MAX_PATTERNS } from '../../src/snippets/candidate-words';
import { findMatches } from '../../src/snippets/find-matches';

/** Every index term a word of this analysis can be reported under: exact form, stem-field terms, cross-script keys. */
function indexTermsOf(analysis: WordAnalysis): string[] {
  return [analysis.surface, ...analysis.stemFieldTerms, ...transliterationKeys(analysis)];
}

/** The words of `text` that analyse to one of `terms`, found by analysing every word: what the pre-filter must not change. */
function fullScan(text: string, terms: ReadonlySet<string>): string[] {
  return tokenize(text)
    .filter((token) => {
      const analysis = analyzeWord(token.text);
      return analysis !== null && indexTermsOf(analysis).some((term) => terms.has(term));
    })
    .map((token) => `${token.start}:${token.end}`);
}

function throughCandidates(text: string, terms: ReadonlySet<string>): string[] {
  return findMatches(text, terms).map((span) => `${span.start}:${span.end}`);
}

function termsOfText(text: string): string[] {
  return tokenize(text).flatMap((token) => {
    const analysis = analyzeWord(token.text);
    return analysis === null ? [] : indexTermsOf(analysis);
  });
}

const SAMPLE_DIR = join(__dirname, '../../content/sample');
const sampleTexts = readdirSync(SAMPLE_DIR)
  .filter((file) => !file.startsWith('.'))
  .map((file) => readFileSync(join(SAMPLE_DIR, file), 'utf8'));
const sampleTerms = [...new Set(sampleTexts.flatMap(termsOfText))].sort();
const monthNames = MONTH_NAMES.flatMap((row) => row.names.map(([name]) => name));

/** A few to a few dozen terms, some from the text itself and some from elsewhere in the corpus. */
function termsFor(text: string): fc.Arbitrary<Set<string>> {
  const own = termsOfText(text);
  const pick = own.length === 0 ? fc.constantFrom(...sampleTerms) : fc.oneof(fc.constantFrom(...own), fc.constantFrom(...sampleTerms));
  return fc.array(pick, { minLength: 1, maxLength: MAX_PATTERNS + 4 }).map((terms) => new Set(terms));
}

function expectSameAsFullScan(text: string, terms: ReadonlySet<string>): void {
  expect(throughCandidates(text, terms), `terms ${[...terms].join(' ')}`).toEqual(fullScan(text, terms));
}

describe('the candidate patterns that snippets pre-filter words with', () => {
  it('mark the same words of the sample corpus as a scan of every word, for random sets of its terms', () => {
    const excerpt = fc
      .tuple(fc.constantFrom(...sampleTexts), fc.nat(), fc.integer({ min: 20, max: 1_500 }))
      .map(([text, start, length]) => text.slice(start % text.length, (start % text.length) + length));
    fc.assert(
      fc.property(
        excerpt.chain((text) => fc.tuple(fc.constant(text), termsFor(text))),
        ([text, terms]) => expectSameAsFullScan(text, terms),
      ),
      { numRuns: 300 },
    );
  });

  it('mark the same words as a full scan in random mixes of Arabic, harakat, tatweel, month names, Latin, digits and other scripts', () => {
    const unit = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...PLAIN) },
      { weight: 2, arbitrary: fc.constantFrom(...' ،.«»\n-') },
      { weight: 1, arbitrary: fc.constantFrom(...monthNames, 'Lavrov', 'Marrakech', 'covid', '19') },
      { weight: 1, arbitrary: fc.constantFrom(...'aZ09٢٣ئﻻپéـ\u0653\u0654\u0670\u200c\u06cc') },
    );
    const text = fc.array(unit, { maxLength: 60 }).map((units) => units.join(''));
    fc.assert(
      fc.property(
        text.chain((value) => fc.tuple(fc.constant(value), termsFor(value))),
        ([value, terms]) => expectSameAsFullScan(value, terms),
      ),
      { numRuns: 500 },
    );
  });

  it('mark a word written with clitics, diacritics or another regional month name, as the full scan does', () => {
    const text = 'زار الوزيرُ وبمَراكش في نونبر';
    const terms = new Set([...termsOfText('مراكش'), ...termsOfText('نوفمبر')]);
    expect(fullScan(text, terms)).toEqual(['12:20', '24:29']);
    expect(throughCandidates(text, terms)).toEqual(fullScan(text, terms));
  });
});
