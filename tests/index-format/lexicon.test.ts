// Length groups of the lexicon: a typo scan over a group's front-coded bytes finds exactly the terms a plain Levenshtein over every term finds.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addNearTerms, decodeLexiconGroup, encodeLexiconGroup, type NearTermQuery } from '../../src/index-format/lexicon';

/** Levenshtein distance (insertions, deletions, substitutions), one row at a time. */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, column) => column);
  for (let row = 1; row <= a.length; row++) {
    const current = [row];
    for (let column = 1; column <= b.length; column++) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1;
      current.push(Math.min(previous[column - 1]! + cost, previous[column]! + 1, current[column - 1]! + 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** What the scan must find: every term within the distance, the kept letters changed only by a one-edit match. */
function nearByHand(terms: readonly string[], { term, maxDistance, kept }: NearTermQuery): Map<string, number> {
  const found = new Map<string, number>();
  for (const candidate of terms) {
    const distance = levenshtein(candidate, term);
    if (distance > maxDistance) continue;
    if (distance > 1 && kept > 0 && !candidate.startsWith(term.slice(0, kept))) continue;
    found.set(candidate, distance);
  }
  return found;
}

// Few letters, so terms share prefixes and fall within reach of each other often.
const word = (minLength: number, maxLength: number) =>
  fc.array(fc.constantFrom('ا', 'ب', 'ت', 'س', 'م', 'ل'), { minLength, maxLength }).map((letters) => letters.join(''));

describe('a lexicon length group', () => {
  it('finds by scanning its bytes exactly the terms within reach, with their distances', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }).chain((length) =>
          fc.record({
            terms: fc.uniqueArray(word(length, length), { maxLength: 80 }),
            term: word(Math.max(1, length - 2), length + 2),
            maxDistance: fc.integer({ min: 0, max: 2 }),
            kept: fc.integer({ min: 0, max: 2 }),
          }),
        ),
        ({ terms, term, maxDistance, kept }) => {
          const sorted = [...terms].sort();
          const query = { term, maxDistance, kept };
          const found = new Map<string, number>();
          addNearTerms(decodeLexiconGroup(encodeLexiconGroup(sorted)), query, found);
          expect(found).toEqual(nearByHand(sorted, query));
        },
      ),
      { numRuns: 400, seed: 12 },
    );
  });

  it('is read without making a string of any term, and scanned into strings only for the terms it finds', () => {
    const terms = ['سلام', 'سلمى', 'سماء', 'كلام'];
    const group = decodeLexiconGroup(encodeLexiconGroup(terms));
    expect(group).toEqual({ bytes: expect.any(Uint8Array), count: 4, start: 1, longest: 4 });
    const found = new Map<string, number>();
    addNearTerms(group, { term: 'سلاام', maxDistance: 1, kept: 0 }, found);
    expect([...found]).toEqual([['سلام', 1]]);
  });

  it('refuses a group that a term shares more of than the term before holds, or that runs on past its last term', () => {
    const bytes = encodeLexiconGroup(['باب', 'بات']);
    const longer = new Uint8Array([...bytes, 0]);
    expect(() => decodeLexiconGroup(longer)).toThrow(/trailing bytes/);
    // count 1, then a first term claiming to share two units with nothing before it.
    expect(() => decodeLexiconGroup(new Uint8Array([1, 2, 1, 0x41]))).toThrow(/shares more/);
  });
});
