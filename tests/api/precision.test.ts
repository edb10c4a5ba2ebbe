// Precision through the Workers runtime: Latin names and clitic-looking words find the articles about them, not look-alike words.

import { describe, expect, it } from 'vitest';
import { allHitIds, search } from './api-client';

/** Each query with every article of the sample corpus that is about it, and a word it once marked wrongly. */
const CASES = [
  { q: 'COVID-19', relevant: ['hea-001'], junk: 'خفض', why: 'the bare consonants k-f-d spell خفض ("reduce")' },
  { q: 'Rabat', relevant: ['rabat-tram-extension', 'spo-002', 'tec-002'], junk: 'ربط', why: 'r-b-t with no vowel spells ربط ("tie")' },
  { q: 'Tunis', relevant: ['cul-002', '102', 'eco-002', 'eco-003'], junk: 'للتنس', why: 't-n-s spells تنس ("tennis") behind a clitic' },
  { q: 'كوفيد-19', relevant: ['hea-001'], junk: 'وتفيد', why: 'ك read as a clitic left وفيد, one edit from تفيد' },
  { q: 'Tebboune', relevant: ['pol-001', 'sci-001'], junk: 'تابعن', why: 'the key of تابعن once had vowel slots where Tebboune has its e and ou' },
  { q: 'كتاب', relevant: ['cul-002', 'cul-004', 'cul-006'], junk: 'تابعن', why: 'كتاب being typed, read as ك + تاب, completed to تابعن' },
] as const;

describe('precision of cross-script and typo readings', () => {
  it.each(CASES)('$q finds only the articles about it ($why)', async ({ q, relevant }) => {
    expect((await allHitIds({ q })).sort()).toEqual([...relevant].sort());
  });

  it.each(CASES)('$q marks no look-alike word such as $junk', async ({ q, junk }) => {
    const result = await search({ q, limit: '50' });
    const marked = result.hits.flatMap((hit) => [...`${hit.title} ${hit.snippet}`.matchAll(/<mark>([^<]*)<\/mark>/g)].map((match) => match[1]));
    expect(marked).not.toContain(junk);
  });

  it('still reaches Arabic spellings of a name through its vowels (Rabat marks الرباط)', async () => {
    const result = await search({ q: 'Rabat' });
    expect(result.hits[0]?.id).toBe('rabat-tram-extension');
    expect(`${result.hits[0]?.title} ${result.hits[0]?.snippet}`).toMatch(/<mark>(وبال|بال|ال)رباط<\/mark>/);
  });

  it('reads dh as the d of رمضان, not as jeem: ramadhan finds what ramadan finds', async () => {
    const ramadan = await allHitIds({ q: 'ramadan' });
    expect(ramadan.length).toBeGreaterThan(0);
    expect(await allHitIds({ q: 'ramadhan' })).toEqual(ramadan);
  });
});
