import { describe, expect, it } from 'vitest';
import { completesAsPrefix, isGuessedReading, MIN_GUESSED_PREFIX_LENGTH } from '../../src/search/guessed-readings';

describe('isGuessedReading', () => {
  it('calls a reading without a bare proclitic a guess (كتاب as ك + تاب)', () => {
    expect(isGuessedReading('كتاب', 'تاب')).toBe(true);
  });

  it('calls a reading after the article certain (بالمغرب is ب + ال + مغرب)', () => {
    expect(isGuessedReading('بالمغرب', 'مغرب')).toBe(false);
  });

  it('never calls the word as typed a guess', () => {
    expect(isGuessedReading('كتاب', 'كتاب')).toBe(false);
  });
});

describe('completesAsPrefix', () => {
  it(`searches a guessed reading under ${MIN_GUESSED_PREFIX_LENGTH} letters as a whole word: تاب… would reach تابع and تابعن`, () => {
    expect(completesAsPrefix('كتاب', 'تاب')).toBe(false);
  });

  it(`completes a guessed reading of ${MIN_GUESSED_PREFIX_LENGTH} letters or more (وتكنولو… reaches تكنولوجيا)`, () => {
    expect(completesAsPrefix('وتكنولو', 'تكنولو')).toBe(true);
  });

  it('completes the word as typed and a short reading after the article (وللاطف… reaches الأطفال)', () => {
    expect(completesAsPrefix('كتاب', 'كتاب')).toBe(true);
    expect(completesAsPrefix('وللاطف', 'اطف')).toBe(true);
  });
});
