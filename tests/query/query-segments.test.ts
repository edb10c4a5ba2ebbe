import { describe, expect, it } from 'vitest';
import { splitQuerySegments } from '../../src/query/query-segments';

const check = (text: string) => splitQuerySegments(text).map(({ kind, text: segment, negated }) => [kind, segment.trim(), negated]);

describe('splitQuerySegments', () => {
  it.each([
    ['plain words stay one loose segment', 'منتدى التعاون', [['loose', 'منتدى التعاون', false]]],
    ['a quoted phrase is a phrase', '"منتدى التعاون"', [['phrase', 'منتدى التعاون', false]]],
    ['Arabic guillemets quote', '«منتدى التعاون»', [['phrase', 'منتدى التعاون', false]]],
    ['curly quotes quote', '“منتدى التعاون”', [['phrase', 'منتدى التعاون', false]]],
    [
      'an unclosed quote runs to the end',
      'روسيا "منتدى التعا',
      [
        ['loose', 'روسيا', false],
        ['phrase', 'منتدى التعا', false],
      ],
    ],
    [
      '-word excludes the word',
      'السياحة -المغرب',
      [
        ['loose', 'السياحة', false],
        ['loose', 'المغرب', true],
      ],
    ],
    [
      '-"…" excludes a phrase',
      'حلب -"المدينة القديمة"',
      [
        ['loose', 'حلب', false],
        ['phrase', 'المدينة القديمة', true],
      ],
    ],
    ['a lone - is ordinary text', 'لافروف - المغرب', [['loose', 'لافروف - المغرب', false]]],
    ['a trailing - is ordinary text', 'لافروف -', [['loose', 'لافروف -', false]]],
    ['a hyphen inside a word does not exclude', 'COVID-19', [['loose', 'COVID-19', false]]],
    ['an empty phrase is kept empty (the parser drops it)', '""', [['phrase', '', false]]],
  ])('%s', (_, text, expected) => {
    expect(check(text)).toEqual(expected);
  });

  it('records where each segment ends, so the parser knows which one ends the query', () => {
    const segments = splitQuerySegments('"ab" cd');
    expect(segments.map((segment) => segment.end)).toEqual([4, 7]);
  });
});
