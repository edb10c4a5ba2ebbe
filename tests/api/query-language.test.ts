// The query language through the Workers runtime: phrases, exclusions and malformed syntax on vowelled and clitic-bearing text.

import { describe, expect, it } from 'vitest';
import { allHitIds, search } from './api-client';

describe('quoted phrases', () => {
  it('match a phrase whose first word carries a clitic in the text (بمنتدى → "منتدى التعاون")', async () => {
    const ids = await allHitIds({ q: '"منتدى التعاون"' });
    expect(ids).toEqual(['seed-lavrov-morocco-visit']);
  });

  it("still find the seed article when the phrase follows eight other words (the cap keeps the phrase's words)", async () => {
    const result = await search({ q: 'روسيا المغرب وزير الخارجية زيارة مراكش الدورة السادسة "منتدى التعاون"' });
    expect(result.hits.map((hit) => hit.id)).toEqual(['seed-lavrov-morocco-visit']);
    expect(result.total_exact).toBe(true);
  });

  it('match the fully vowelled occurrence and mark the phrase as one run (ٱلْمَدِينَةُ ٱلْقَدِيمَةُ)', async () => {
    const result = await search({ q: '"المدينة القديمة"', snippet_length: '500' });
    expect(result.hits.map((hit) => hit.id)).toEqual(['cul-007']);
    const { text, ranges } = result.hits[0]!.highlights.snippet;
    const marked = ranges.map(([start, end]) => text.slice(start, end));
    expect(marked).toContain('المدينة القديمة');
    expect(result.hits[0]!.snippet).toContain('<mark>المدينة القديمة</mark>');
  });

  it('mark a vowelled phrase occurrence whole, diacritics included', async () => {
    const result = await search({ q: '"تاجر عجوز"' });
    expect(result.hits.map((hit) => hit.id)).toEqual(['cul-007']);
    expect(result.hits[0]!.snippet).toContain('<mark>تَاجِرٌ عَجُوزٌ</mark>');
  });

  it('report an exact total when every candidate could be read (the sample corpus is well within the budget)', async () => {
    const result = await search({ q: '"المدينة القديمة"' });
    expect(result.total).toBe(1);
    expect(result.total_exact).toBe(true);
  });

  it('require the words in order: the reversed phrase finds nothing', async () => {
    expect((await search({ q: '"القديمة المدينة"' })).total).toBe(0);
  });

  it('are narrower than the same words unquoted', async () => {
    const loose = await search({ q: 'المدينة القديمة ' });
    const quoted = await search({ q: '"المدينة القديمة"' });
    expect(loose.total).toBeGreaterThan(quoted.total);
  });

  it('read an unclosed quote as a phrase running to the end of the query', async () => {
    const closed = await allHitIds({ q: '"منتدى التعاون"' });
    expect(await allHitIds({ q: '"منتدى التعاون' })).toEqual(closed);
  });

  it('accept Arabic guillemets as quotes', async () => {
    expect(await allHitIds({ q: '«منتدى التعاون»' })).toEqual(['seed-lavrov-morocco-visit']);
  });

  it('exclude the phrase when negated', async () => {
    const without = await allHitIds({ q: 'المدينة -"المدينة القديمة"' });
    expect(without).not.toContain('cul-007');
    expect(await allHitIds({ q: 'المدينة ' })).toContain('cul-007');
  });
});

describe('exclusions', () => {
  it('drop articles holding the word in any form the analyser connects (-المغرب drops بالمغرب and للمغرب)', async () => {
    const all = await allHitIds({ q: 'السياحة ' });
    const without = await allHitIds({ q: 'السياحة -المغرب' });
    expect(all).toContain('tou-001');
    expect(without).not.toContain('tou-001'); // بالمغرب in the text
    expect(without).not.toContain('marrakech-tourism-record'); // الـمـغـرب and والمغرب
    expect(without.length).toBeLessThan(all.length);
    for (const id of without) expect(all).toContain(id);
  });

  it('apply to vowelled text: -القديمة removes the article whose only old city is vowelled or plain', async () => {
    const without = await allHitIds({ q: 'حلب -القديمة' });
    expect(without).not.toContain('cul-007');
    expect(await allHitIds({ q: 'حلب ' })).toContain('cul-007');
  });

  it('treat a lone - as nothing', async () => {
    expect(await allHitIds({ q: 'لافروف - ' })).toEqual(await allHitIds({ q: 'لافروف ' }));
  });

  it('leave hyphenated words alone (COVID-19 is not an exclusion of 19)', async () => {
    expect(await allHitIds({ q: 'COVID-19' })).toContain('hea-001');
  });

  it('find nothing for a query of exclusions only', async () => {
    expect((await search({ q: '-المغرب' })).total).toBe(0);
  });
});

describe('prefix matching of the last word', () => {
  it('completes the last word while it is typed', async () => {
    expect(await allHitIds({ q: 'لافرو' })).toContain('seed-lavrov-morocco-visit');
  });

  it('stops completing once a space follows it', async () => {
    // لافر is two edits from لافروف, beyond the typo budget of a four-letter word, so only completion could find it.
    expect(await allHitIds({ q: 'لافر' })).toContain('seed-lavrov-morocco-visit');
    expect(await allHitIds({ q: 'لافر ' })).not.toContain('seed-lavrov-morocco-visit');
  });
});
