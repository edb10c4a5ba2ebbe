import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PostingList } from '../../src/index-format/term-block';
import { inverseFrequencyOf, postingScore } from '../../src/search/bm25';
import type { ScoringJob } from '../../src/search/evaluate-query';
import type { ScoringTables } from '../../src/search/term-index';
import { scoreInWindows, WINDOW } from '../../src/search/window-scoring';

const CORPUS = 3 * WINDOW + 300;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

const tables = {
  documentCount: CORPUS,
  shortIdLimit: CORPUS,
  averageFieldLength: [40, 310.5],
} as unknown as ScoringTables;

/** Job after job, each list in id order, into per-article sums: how the evaluator scored before windows. */
function scoreListByList(jobs: readonly ScoringJob[], maskWords: number, admits?: readonly boolean[]) {
  const inside = admits === undefined ? undefined : new Set(jobs.flatMap((job, index) => (admits[index] ? [...job.list.documents] : [])));
  const sums = new Map<number, { sum: number; terms: number; mask: Uint32Array }>();
  const outside = new Set<number>();
  for (const job of jobs) {
    const { documents, frequencies, lengths } = job.list;
    const inverseFrequency = inverseFrequencyOf(CORPUS, documents.length);
    documents.forEach((shortId, index) => {
      if (inside !== undefined && !inside.has(shortId)) {
        outside.add(shortId);
        return;
      }
      let entry = sums.get(shortId);
      if (entry === undefined) sums.set(shortId, (entry = { sum: 0, terms: 0, mask: new Uint32Array(maskWords) }));
      const { k, b, d } = job.bm25;
      entry.sum +=
        job.weight * postingScore(inverseFrequency, frequencies[index]!, lengths[index]!, tables.averageFieldLength[job.fieldId]!, k, b, d);
      const bit = 1 << (job.bit & 31);
      if ((entry.mask[job.bit >>> 5]! & bit) === 0) {
        entry.mask[job.bit >>> 5] = entry.mask[job.bit >>> 5]! | bit;
        entry.terms++;
      }
    });
  }
  const ordered = [...sums.entries()];
  return {
    shortIds: ordered.map(([shortId]) => shortId),
    scores: ordered.map(([, entry]) => entry.sum * entry.terms),
    termMasks: ordered.flatMap(([, entry]) => [...entry.mask]),
    outside: outside.size,
  };
}

function listOf(postings: readonly { id: number; frequency: number; length: number }[]): PostingList {
  const sorted = [...new Map(postings.map((posting) => [posting.id, posting])).values()].sort((a, b) => a.id - b.id);
  return {
    documents: Int32Array.from(sorted, (posting) => posting.id),
    frequencies: Int32Array.from(sorted, (posting) => posting.frequency),
    lengths: Int32Array.from(sorted, (posting) => posting.length),
  };
}

const posting = fc.record({
  id: fc.integer({ min: 0, max: CORPUS - 1 }),
  frequency: fc.integer({ min: 1, max: 30 }),
  length: fc.integer({ min: 1, max: 900 }),
});

/** Up to 40 query terms, so matched-term masks take one or two words. */
const plan = fc.integer({ min: 1, max: 40 }).chain((termCount) =>
  fc.record({
    maskWords: fc.constant(Math.ceil(termCount / 32)),
    jobs: fc.array(
      fc.record({
        bit: fc.integer({ min: 0, max: termCount - 1 }),
        fieldId: fc.integer({ min: 0, max: 1 }),
        weight: fc.constantFrom(3, 1, 0.6, 0.2789),
        postings: fc.array(posting, { maxLength: 400 }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
  }),
);

function jobsOf(
  drawn: readonly { bit: number; fieldId: number; weight: number; postings: { id: number; frequency: number; length: number }[] }[],
): ScoringJob[] {
  return drawn.map(({ bit, fieldId, weight, postings }) => ({
    bit,
    term: `t${bit}`,
    list: listOf(postings),
    fieldId,
    weight,
    bm25: BM25,
    corrected: false,
  }));
}

describe('scoring posting lists window by window', () => {
  it('gives every article the score, the matched terms and the place in touch order of scoring the lists one after another', () => {
    fc.assert(
      fc.property(plan, ({ maskWords, jobs: drawn }) => {
        const jobs = jobsOf(drawn);
        const windowed = scoreInWindows(tables, jobs, maskWords);
        const expected = scoreListByList(jobs, maskWords);
        expect([...windowed.shortIds]).toEqual(expected.shortIds);
        // Summed in the same order, so equal to the bit, not only within a tolerance.
        expect([...windowed.scores]).toEqual(expected.scores);
        expect([...windowed.termMasks]).toEqual(expected.termMasks);
        expect(windowed.outside).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('scores only the articles an admitting list holds, and counts each of the others once', () => {
    fc.assert(
      fc.property(plan, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), ({ maskWords, jobs: drawn }, flags) => {
        const jobs = jobsOf(drawn);
        const admits = jobs.map((_, index) => flags[index]!);
        const windowed = scoreInWindows(tables, jobs, maskWords, admits);
        const expected = scoreListByList(jobs, maskWords, admits);
        expect([...windowed.shortIds]).toEqual(expected.shortIds);
        expect([...windowed.scores]).toEqual(expected.scores);
        expect(windowed.outside).toBe(expected.outside);
      }),
      { numRuns: 200 },
    );
  });

  it('in any order, gives the same articles with the same scores and matched terms as in touch order', () => {
    fc.assert(
      fc.property(plan, ({ maskWords, jobs: drawn }) => {
        const jobs = jobsOf(drawn);
        const byArticle = (scored: ReturnType<typeof scoreInWindows>) =>
          [...scored.shortIds]
            .map((shortId, at) => [shortId, scored.scores[at], ...scored.termMasks.subarray(at * maskWords, (at + 1) * maskWords)])
            .sort((a, b) => a[0]! - b[0]!);
        const anyOrder = scoreInWindows(tables, jobs, maskWords, undefined, 'any');
        expect(byArticle(anyOrder)).toEqual(byArticle(scoreInWindows(tables, jobs, maskWords)));
      }),
      { numRuns: 200 },
    );
  });

  it('adds jobs to an earlier evaluation: the articles, matched terms and scores (to rounding) of scoring all the jobs at once', () => {
    fc.assert(
      fc.property(plan, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), ({ maskWords, jobs: drawn }, flags) => {
        const jobs = jobsOf(drawn);
        const first = jobs.filter((_, index) => flags[index]);
        const added = jobs.filter((_, index) => !flags[index]);
        const byArticle = (scored: ReturnType<typeof scoreInWindows>) =>
          [...scored.shortIds]
            .map((shortId, at) => ({
              shortId,
              score: scored.scores[at]!,
              mask: [...scored.termMasks.subarray(at * maskWords, (at + 1) * maskWords)],
            }))
            .sort((a, b) => a.shortId - b.shortId);
        const before = scoreInWindows(tables, first, maskWords, undefined, 'any');
        const together = byArticle(scoreInWindows(tables, added, maskWords, undefined, 'any', before));
        const atOnce = byArticle(scoreInWindows(tables, jobs, maskWords, undefined, 'any'));
        expect(together.map(({ shortId, mask }) => ({ shortId, mask }))).toEqual(atOnce.map(({ shortId, mask }) => ({ shortId, mask })));
        together.forEach(({ score }, at) => expect(Math.abs(score - atOnce[at]!.score)).toBeLessThanOrEqual(1e-12 * atOnce[at]!.score));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses to add jobs to an earlier evaluation in touch order, where sums must be summed in plan order to the bit', () => {
    const jobs = jobsOf([{ bit: 0, fieldId: 0, weight: 1, postings: [{ id: 3, frequency: 1, length: 10 }] }]);
    const before = scoreInWindows(tables, jobs, 1, undefined, 'any');
    expect(() => scoreInWindows(tables, jobs, 1, undefined, 'touch', before)).toThrow(/no touch order/);
  });

  it('reaches articles in windows far apart, skipping the empty ones between', () => {
    const jobs = jobsOf([
      {
        bit: 0,
        fieldId: 0,
        weight: 1,
        postings: [
          { id: CORPUS - 1, frequency: 2, length: 10 },
          { id: 3, frequency: 1, length: 10 },
        ],
      },
      {
        bit: 1,
        fieldId: 1,
        weight: 1,
        postings: [
          { id: 2 * WINDOW + 5, frequency: 1, length: 10 },
          { id: 3, frequency: 4, length: 10 },
        ],
      },
    ]);
    const windowed = scoreInWindows(tables, jobs, 1);
    expect([...windowed.shortIds]).toEqual([3, CORPUS - 1, 2 * WINDOW + 5]);
    expect([...windowed.termMasks]).toEqual([0b11, 0b01, 0b10]);
  });

  it('holds nothing in proportion to the corpus: ids near two billion score as ids near zero do', () => {
    const huge = { ...tables, documentCount: 2_000_000_000, shortIdLimit: 2_000_000_000 } as ScoringTables;
    const far = 1_999_999_000;
    const list = (ids: number[]) => ({
      documents: Int32Array.from(ids),
      frequencies: Int32Array.from(ids, () => 2),
      lengths: Int32Array.from(ids, () => 50),
    });
    const jobs = (base: number): ScoringJob[] => [
      { bit: 0, term: 'a', list: list([base + 1, base + 700]), fieldId: 0, weight: 1, bm25: BM25, corrected: false },
      { bit: 1, term: 'b', list: list([base + 700]), fieldId: 1, weight: 0.5, bm25: BM25, corrected: false },
    ];
    const near = scoreInWindows(huge, jobs(0), 1);
    const farAway = scoreInWindows(huge, jobs(far), 1);
    expect([...farAway.shortIds]).toEqual([far + 1, far + 700]);
    expect([...farAway.scores]).toEqual([...near.scores]);
  });

  it('answers nothing for lists that hold nothing', () => {
    const windowed = scoreInWindows(tables, jobsOf([{ bit: 0, fieldId: 0, weight: 1, postings: [] }]), 1);
    expect(windowed.shortIds).toHaveLength(0);
  });
});
