import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MONTH_NAMES } from '../../src/analysis/month-names';
import { normalizeWord } from '../../src/analysis/normalize';
import { analyzeWord } from '../../src/analysis/pipeline';
import { isInvisibleControl, tokenize } from '../../src/analysis/tokenize';
import { PLAIN, SEPARATORS } from '../../src/snippets/candidate-patterns';
import { candidateWords, MAX_PATTERNS } from '../../src/snippets/candidate-words';

/** The candidate words of `text` for `terms`, as [start, end] pairs. */
function candidates(text: string, terms: Iterable<string>): [number, number][] {
  const words = candidateWords(text, terms);
  const found: [number, number][] = [];
  while (words.next()) found.push([words.start, words.end]);
  return found;
}

/** Every index term a word analyses to: the ones a search could report as matched because of it. */
function termsOfWord(word: string): string[] {
  const analysis = analyzeWord(word);
  return analysis === null ? [] : [analysis.surface, ...analysis.stemFieldTerms];
}

/** Checks that every word of `text` is a candidate for each term it analyses to. */
function expectEveryMatchingWordFound(text: string): void {
  for (const token of tokenize(text)) {
    for (const term of termsOfWord(token.text)) {
      expect(candidates(text, [term]), `${token.text} → ${term}`).toContainEqual([token.start, token.end]);
    }
  }
}

const SAMPLE_DIR = join(__dirname, '../../content/sample');
const sampleTexts = readdirSync(SAMPLE_DIR).map((file) => readFileSync(join(SAMPLE_DIR, file), 'utf8'));

describe('the plain Arabic the patterns rely on', () => {
  it('normalises character by character, for every triple of plain characters (composition and the hamza-seat context act within three)', () => {
    const single = new Map(PLAIN.map((character) => [character, normalizeWord(character)]));
    const differing: string[] = [];
    for (const first of PLAIN) {
      for (const second of PLAIN) {
        for (const third of PLAIN) {
          const text = first + second + third;
          if (normalizeWord(text) !== single.get(first)! + single.get(second)! + single.get(third)!) differing.push(text);
        }
      }
    }
    expect(differing).toEqual([]);
  });

  it('normalises each plain character to at most one letter', () => {
    for (const character of PLAIN) expect(normalizeWord(character).length).toBeLessThanOrEqual(1);
  });

  it.each(SEPARATORS.map((character) => [`U+${character.charCodeAt(0).toString(16)}`, character]))(
    'treats %s as a separator, as tokenize does',
    (_name, character) => {
      expect(tokenize(`ب${character}ب`)).toHaveLength(2);
    },
  );

  it('treats every ASCII character but letters, digits and invisible controls as a separator', () => {
    for (let code = 0; code < 0x80; code++) {
      const character = String.fromCharCode(code);
      if (!/[0-9A-Za-z]/.test(character) && !isInvisibleControl(code)) expect(tokenize(`ب${character}ب`), `U+${code.toString(16)}`).toHaveLength(2);
    }
  });
});

describe('candidateWords', () => {
  it('finds a word with a control character inside it (لا NUL فروف)', () => {
    expectEveryMatchingWordFound('قال لا\u0000فروف اليوم');
  });

  // One scan of the corpus per word and term: a few seconds alone, more on a shared machine.
  it('finds every word of the sample corpus that analyses to a term', { timeout: 60_000 }, () => {
    for (const text of sampleTexts) expectEveryMatchingWordFound(text);
  });

  it('finds month names written with clitics and diacritics under their month key', () => {
    for (const row of MONTH_NAMES) {
      for (const [name] of row.names) expectEveryMatchingWordFound(`في ${name} وب${name} ول${name}ـ ${name.split('').join('\u064e')}`);
    }
  });

  it('finds every matching word in any mix of Arabic, harakat, Latin, digits and other scripts', () => {
    const unit = fc.oneof(fc.constantFrom(...PLAIN), fc.constantFrom(...' ،.«»\n'), fc.constantFrom(...'aZ09٢٣ئﻻپé\u0653\u0654\u0670\u200c\u06cc'));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => expectEveryMatchingWordFound(text)),
      { numRuns: 500 },
    );
  });

  it('gives whole words, cut as tokenize cuts them', () => {
    const text = 'زار وزير الخارجية الروسي مراكش، ثم عاد إلى موسكو ٢٠٢٣م.';
    const words = new Set(tokenize(text).map((token) => `${token.start}:${token.end}`));
    for (const [start, end] of candidates(text, ['مراكش', 'موسكو', '2023'])) expect(words).toContain(`${start}:${end}`);
  });

  it('skips words that cannot stand for any term', () => {
    const text = 'قال وزير الخارجية الروسي إنه سيزور مراكش الأسبوع المقبل';
    const found = candidates(text, termsOfWord('مراكش')).map(([start, end]) => text.slice(start, end));
    expect(found).toEqual(['مراكش']);
  });

  it('reads a word holding a character outside plain Arabic whatever the terms, since its analysis cannot be foreseen', () => {
    const text = 'كلام ﻻفروف';
    expect(candidates(text, ['مراكش']).map(([start, end]) => text.slice(start, end))).toEqual(['ﻻفروف']);
  });

  it('reads every word when a one-letter term leaves nothing to look for', () => {
    const text = 'قال لافروف في مراكش';
    expect(candidates(text, ['م'])).toEqual(tokenize(text).map((token) => [token.start, token.end]));
  });

  it('reads every word when so many terms are matched that one scan each would cost more', () => {
    const words = Array.from({ length: MAX_PATTERNS + 1 }, (_, index) => `كلمه${'بتثجحخدذ'[index % 8]}${'سشصضطظعغ'[Math.floor(index / 8)]}`);
    const text = words.join(' ');
    expect(candidates(text, ['زززز', ...words])).toHaveLength(MAX_PATTERNS + 1);
    expect(candidates(`${text} قال`, words)).toHaveLength(MAX_PATTERNS + 2);
  });

  it('finds nothing for no terms but words outside plain Arabic', () => {
    expect(candidates('قال لافروف في مراكش', [])).toEqual([]);
  });
});
