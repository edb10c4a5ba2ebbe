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
    expect(group).toEqual({ bytes: expect.any(Uint8Array), count: 4, start: 1, length: 4 });
    const found = new Map<string, number>();
    addNearTerms(group, { term: 'سلاام', maxDistance: 1, kept: 0 }, found);
    expect([...found]).toEqual([['سلام', 1]]);
  });

  it('refuses when read a group whose first term claims a shared prefix, or whose count its bytes cannot hold', () => {
    // count 1, then a first term claiming to share two units with nothing before it.
    expect(() => decodeLexiconGroup(new Uint8Array([1, 2, 1, 0x41]))).toThrow(/shares units with no term before it/);
    expect(() => decodeLexiconGroup(new Uint8Array([100, 0, 1, 0x41]))).toThrow(/more terms than its bytes hold/);
  });

  it('refuses when scanned a group with a term of another length, bytes after its last term, or a last term cut short', () => {
    const scan = (bytes: Uint8Array) => addNearTerms(decodeLexiconGroup(bytes), { term: 'بات', maxDistance: 1, kept: 0 }, new Map());
    const bytes = encodeLexiconGroup(['باب', 'بات']);
    expect(() => scan(bytes)).not.toThrow();
    expect(() => scan(encodeLexiconGroup(['باب', 'بابا']))).toThrow(/A lexicon group is damaged: a term is not as long as its group/);
    expect(() => scan(new Uint8Array([...bytes, 0]))).toThrow(/bytes are left after its last term/);
    expect(() => scan(bytes.subarray(0, bytes.length - 1))).toThrow(/its last term runs past its end/);
  });
});
