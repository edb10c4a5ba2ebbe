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
    expect(group).toEqual({ bytes: expect.any(Uint8Array), count: 4, start: 2, length: 4 });
    const found = new Map<string, number>();
    addNearTerms(group, { term: 'سلاام', maxDistance: 1, kept: 0 }, found);
    expect([...found]).toEqual([['سلام', 1]]);
  });

  it('passes over the bytes under a prefix already out of reach, and reads them for a word within reach of it', () => {
    // كلام is the only term under كل, and its last unit the group's last two bytes: damaged, reading them runs past the end.
    const damaged = encodeLexiconGroup(['سلام', 'سلمى', 'سماء', 'كلام']);
    damaged[damaged.length - 1] = damaged[damaged.length - 1]! | 0x80;
    const scan = (term: string) => {
      const found = new Map<string, number>();
      addNearTerms(decodeLexiconGroup(damaged), { term, maxDistance: 1, kept: 0 }, found);
      return [...found];
    };
    // كل is two edits from any prefix of بات: the walk never reads what is under it.
    expect(scan('بات')).toEqual([]);
    expect(() => scan('كلام')).toThrow(/A lexicon group is damaged/);
  });

  it('refuses when read a group whose trie does not match its count, or is cut short before it', () => {
    expect(() => decodeLexiconGroup(new Uint8Array([2, 3]))).toThrow(/does not match its count/);
    expect(() => decodeLexiconGroup(new Uint8Array([0, 0, 0x41]))).toThrow(/does not match its count/);
    expect(() => decodeLexiconGroup(new Uint8Array([0x81]))).toThrow(/ends inside/);
  });

  it('refuses when scanned a group whose nodes run past the nodes around them', () => {
    const scan = (bytes: Uint8Array) => addNearTerms(decodeLexiconGroup(bytes), { term: 'بات', maxDistance: 1, kept: 0 }, new Map());
    const bytes = encodeLexiconGroup(['باب', 'بات']);
    expect(() => scan(bytes)).not.toThrow();
    expect(() => scan(bytes.subarray(0, bytes.length - 1))).toThrow(/A lexicon group is damaged: .* run past/);
    // The first node's size (after its unit, two bytes) made larger than the trie.
    const longer = bytes.slice();
    longer[4] = 0x7f;
    expect(() => scan(longer)).toThrow(/the nodes under a node run past the nodes around it/);
  });

  it('is written from terms of one length only', () => {
    expect(() => encodeLexiconGroup(['باب', 'بابا'])).toThrow(/is not 3 units long/);
  });
});
