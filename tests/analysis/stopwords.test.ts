import { describe, expect, it } from 'vitest';
import { normalizeWord } from '../../src/analysis/normalize';
import { analyzeWord } from '../../src/analysis/pipeline';
import { isStopWord, STOP_WORD_GROUPS } from '../../src/analysis/stopwords';

const rows = STOP_WORD_GROUPS.flatMap((group) => group.words.map((word) => [group.reason, word] as const));

describe('stop words', () => {
  it.each(rows)('lists every stop word in normalised form (%s: %s)', (_reason, word) => {
    expect(normalizeWord(word)).toBe(word);
  });

  it.each(rows)('keeps stop words out of the index (%s: %s)', (_reason, word) => {
    expect(isStopWord(word)).toBe(true);
    expect(analyzeWord(word)).toBeNull();
  });

  it('recognises stop words as they are written, before normalisation', () => {
    expect(analyzeWord('إلى')).toBeNull();
    expect(analyzeWord('فى')).toBeNull();
    expect(analyzeWord('مَتَى')).toBeNull();
  });

  it('treats a stop word with a conjunction attached as a stop word', () => {
    expect(analyzeWord('وفي')).toBeNull();
    expect(analyzeWord('فهو')).toBeNull();
  });

  it('keeps content words', () => {
    expect(analyzeWord('المغرب')).not.toBeNull();
    expect(analyzeWord('لافروف')).not.toBeNull();
  });
});
