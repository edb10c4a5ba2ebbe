// The query caps, one row per rule: what a reader types → what the engine is asked for.

import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/query/parse-query';
import { prefixCore, QUERY_LIMITS } from '../../src/query/query-limits';

const shape = (text: string): string[] => parseQuery(text).words.map((word) => `${word.analysis.surface}${word.prefix ? '*' : ''}`);

describe('QUERY_LIMITS', () => {
  it.each(Object.entries(QUERY_LIMITS))('%s carries a positive value and its reason', (_name, limit) => {
    expect(limit.value).toBeGreaterThan(0);
    expect(limit.reason.length).toBeGreaterThan(20);
  });
});

describe('prefixCore', () => {
  it.each([
    ['المغ', 'مغ'],
    ['والحك', 'حك'],
    ['للمن', 'من'],
    ['وزي', 'وزي'],
    ['الم', 'م'],
    ['abc', 'abc'],
  ])('sets the article proclitic of %s aside, leaving %s', (surface, core) => {
    expect(prefixCore(surface)).toBe(core);
  });
});

describe('applyQueryLimits through parseQuery', () => {
  it.each([
    ['searches a two-letter prefix as a whole word', 'تو', ['تو']],
    ['searches the article plus one letter as a whole word', 'الم', ['الم']],
    ['searches the article plus two letters as a whole word', 'الحك', ['الحك']],
    ['keeps a prefix of three letters after the article', 'الحكو', ['الحكو*']],
    ['keeps a three-letter prefix', 'وزي', ['وزي*']],
    ['keeps a three-letter Latin prefix', 'cov', ['cov*']],
    ['searches a two-letter Latin prefix as a whole word', 'co', ['co']],
    ['searches a repeated word once', 'مراكش مراكش مراكش ', ['مراكش']],
    ['keeps the same word once whole and once as a prefix', 'مراكش مراكش', ['مراكش', 'مراكش*']],
  ])('%s (%s)', (_rule, query, expected) => {
    expect(shape(query)).toEqual(expected);
  });

  it('drops a short prefix that is a stop word once searched whole', () => {
    expect(shape('في')).toEqual([]);
  });

  it('keeps the words of a quoted phrase that follows eight other words, so the phrase can still be found', () => {
    const parsed = parseQuery('روسيا المغرب وزير الخارجية زيارة مراكش الدورة السادسة "منتدى التعاون"');
    expect(parsed.words).toHaveLength(QUERY_LIMITS.maxWords.value);
    expect(parsed.phrases).toHaveLength(1);
    const kept = new Set(parsed.words.map((word) => word.analysis.surface));
    expect(parsed.phrases[0]!.words.every((word) => kept.has(word.analysis.surface))).toBe(true);
  });

  it('drops a phrase whose words alone are past the cap, rather than require words it does not search', () => {
    const parsed = parseQuery('"مراكش الرباط طنجة فاس مكناس وجدة أكادير تطوان العيون"');
    expect(parsed.phrases).toEqual([]);
    expect(parsed.words).toHaveLength(QUERY_LIMITS.maxWords.value);
  });

  it('keeps a half-typed last word that is a stop word when whole (دون may become دونالد)', () => {
    expect(shape('دون')).toEqual(['دون*']);
  });

  it(`keeps the first ${QUERY_LIMITS.maxWords.value} distinct words and ignores the rest`, () => {
    const words = ['مراكش', 'الرباط', 'طنجة', 'فاس', 'مكناس', 'وجدة', 'أكادير', 'تطوان', 'العيون', 'الداخلة'];
    const parsed = shape(`${words.join(' ')} `);
    expect(parsed).toHaveLength(QUERY_LIMITS.maxWords.value);
    expect(parsed[0]).toBe('مراكش');
    expect(parsed).not.toContain('الداخله');
  });
});
