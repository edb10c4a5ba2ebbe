import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/query/parse-query';

const surfaces = (words: readonly { analysis: { surface: string } }[]) => words.map((word) => word.analysis.surface);

describe('parseQuery', () => {
  it('marks the last word as a prefix while it is typed', () => {
    expect(parseQuery('منتدى التعا').words.map((word) => word.prefix)).toEqual([false, true]);
  });

  it('searches a last word shorter than three letters whole (ال would reach most of the vocabulary)', () => {
    expect(parseQuery('ال').words.map((word) => word.prefix)).toEqual([false]);
    expect(parseQuery('48').words.map((word) => word.prefix)).toEqual([false]);
  });

  it('treats the last word as complete once a space follows it', () => {
    expect(parseQuery('منتدى التعاون ').words.map((word) => word.prefix)).toEqual([false, false]);
  });

  it('scores the words of a phrase and requires them in order', () => {
    const query = parseQuery('"منتدى التعاون" روسيا');
    expect(surfaces(query.phrases[0]!.words)).toEqual(['منتدي', 'التعاون']);
    expect(surfaces(query.words)).toEqual(['منتدي', 'التعاون', 'روسيا']);
  });

  it('never treats a phrase word as a prefix, even when the phrase ends the query', () => {
    expect(parseQuery('"منتدى التعا').words.every((word) => !word.prefix)).toBe(true);
  });

  it('keeps excluded words out of the scored words', () => {
    const query = parseQuery('السياحة -المغرب');
    expect(surfaces(query.words)).toEqual(['السياحه']);
    expect(surfaces(query.exclusions)).toEqual(['المغرب']);
  });

  it('keeps negated phrases out of the scored words', () => {
    const query = parseQuery('حلب -"المدينة القديمة"');
    expect(surfaces(query.words)).toEqual(['حلب']);
    expect(query.phrases[0]?.negated).toBe(true);
  });

  it('drops stop words from phrases and phrases that are only stop words', () => {
    expect(surfaces(parseQuery('"سوق في القيصرية"').phrases[0]!.words)).toEqual(['سوق', 'القيصريه']);
    expect(parseQuery('"في من"').phrases).toEqual([]);
  });

  it.each(['"', '-', '""', '-"', '- - -', 'ـــَُ'])('reads malformed or empty input %j as no words, without failing', (text) => {
    const query = parseQuery(text);
    expect(query.words).toEqual([]);
    expect(query.exclusions).toEqual([]);
  });
});
