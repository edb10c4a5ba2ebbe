// A request's read budget: past it, dictionary pieces are left unread, the answer says so, and nothing partial is kept for later requests.

import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/create-app';
import type { Article } from '../../src/content/article';
import { type BuiltFiles, buildIndexFiles } from '../../src/indexing/build-index';
import { createMemoryReader } from '../../src/loading/artefact-reader';
import { type Engine, loadEngine, withReadBudget } from '../../src/loading/load-engine';
import { ReadBudget } from '../../src/loading/read-budget';
import { parseQuery } from '../../src/query/parse-query';
import { findArticles } from '../../src/search/search';
import { scoringTablesOf } from '../../src/search/term-index';
import { previousOf } from '../support/previous-index';

const LETTERS = [...'بتثجحخدذرزسشصضطظعغفقكلمنهوي'];

/** A seeded vocabulary of made-up five-letter words: enough distinct terms for dozens of term blocks. */
function vocabulary(size: number): string[] {
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: size }, () => Array.from({ length: 5 }, () => LETTERS[next() % LETTERS.length]).join(''));
}

const WORDS = vocabulary(6000);
const articleAt = (index: number): Article => ({
  id: `a${index}`,
  title: `${WORDS[(index * 7) % WORDS.length]} ${WORDS[(index * 13 + 1) % WORDS.length]}`,
  body: Array.from({ length: 60 }, (_, k) => WORDS[(index * 61 + k * 97) % WORDS.length]).join(' '),
});

/** Eight words from titles spread over the corpus, each in a term block of its own; and the same words misspelt. */
const QUERY = Array.from({ length: 8 }, (_, k) => articleAt(k * 50).title.split(' ')[0]).join(' ');
const MISSPELT = QUERY.split(' ')
  .map((word) => `${word.slice(0, 2)}ا${word.slice(2)}`)
  .join(' ');

/**
 * A word in both segments, whose first segment has a deleted article: its
 * postings are merged, and the merge is kept with its first segment's block.
 * A cut that grants that block and refuses the second segment's leaves a
 * merge of one segment only, which must not be kept.
 */
const SHARED = 'ييييي';

let files: BuiltFiles['files'];

beforeAll(async () => {
  // Two segments, so that a word's postings are merged from both: the merge is what a partial run must not keep.
  const older = Array.from({ length: 300 }, (_, index) => articleAt(index));
  older[0] = { ...older[0]!, body: `${older[0]!.body} ${SHARED}` };
  const newer = Array.from({ length: 5 }, (_, index) => ({ id: `n${index}`, title: SHARED, body: `${SHARED} ${WORDS[index]}` }));
  const base = await buildIndexFiles(older);
  const built = await buildIndexFiles([...older.slice(0, 1), ...older.slice(2), ...newer], { previous: previousOf(base) });
  expect(built.changes.deleted).toBe(1);
  expect(built.manifest.segments.length).toBe(2);
  files = built.files;
});

/** A freshly loaded engine and a count of the pieces read after loading. */
async function coldEngine(): Promise<{ engine: Engine; reads: () => number }> {
  const memory = createMemoryReader(files);
  let count = 0;
  const engine = await loadEngine({
    read: (name) => {
      count++;
      return memory.read(name);
    },
  });
  const loaded = count;
  return { engine, reads: () => count - loaded };
}

type Ranked = { id: number; score: number }[];
async function ranked(engine: Engine, q: string): Promise<{ total: number; hits: Ranked }> {
  const result = await findArticles(engine, parseQuery(q));
  return { total: result.total, hits: result.ranked.map((hit) => ({ id: hit.ordinal, score: hit.score })) };
}

describe('a read budget', () => {
  it('reads no more dictionary pieces than it grants, and records that it cut the answer short', async () => {
    const { engine: unlimited, reads: unlimitedReads } = await coldEngine();
    const full = await ranked(unlimited, QUERY);
    expect(unlimitedReads()).toBeGreaterThan(4);

    const { engine, reads } = await coldEngine();
    const budget = new ReadBudget(4);
    const cut = await ranked(withReadBudget(engine, budget), QUERY);
    expect(reads()).toBe(4);
    expect(budget.cut).toBe(true);
    expect(cut.total).toBeGreaterThan(0);
    expect(cut.total).toBeLessThan(full.total);
  });

  it('answers in full when the query needs no more than the budget', async () => {
    const { engine: unlimited } = await coldEngine();
    const { engine } = await coldEngine();
    const budget = new ReadBudget(64);
    expect(await ranked(withReadBudget(engine, budget), QUERY)).toEqual(await ranked(unlimited, QUERY));
    expect(budget.cut).toBe(false);
  });

  it.each([
    ['merged posting lists', SHARED],
    ['typo scans of the lexicon', MISSPELT],
  ])('keeps no %s from a cut answer: the next request on the same engine answers in full', async (_, q) => {
    const { engine: unlimited } = await coldEngine();
    const expected = await ranked(unlimited, q);
    // Every cut point: which pieces a cut leaves out, and so what a partial run could keep, depends on it.
    let cuts = 0;
    for (let limit = 1; ; limit++) {
      const { engine } = await coldEngine();
      const budget = new ReadBudget(limit);
      await ranked(withReadBudget(engine, budget), q);
      if (!budget.cut) break;
      cuts++;
      expect(await ranked(engine, q), `after a cut at ${limit} pieces`).toEqual(expected);
    }
    expect(cuts).toBeGreaterThan(0);
  });
});

describe('the search API under a read budget', () => {
  const appWith = (dictionaryReadsPerRequest?: number) => {
    const engine = loadEngine(createMemoryReader(files));
    return createApp(() => engine, { dictionaryReadsPerRequest });
  };

  it('marks a cut answer partial, its total a lower bound, and does not let it be cached', async () => {
    const response = await appWith(2).request(`/search?q=${encodeURIComponent(QUERY)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
    expect(await response.json()).toMatchObject({ partial: true, total_exact: false });
  });

  it('says nothing of a budget the query stayed within', async () => {
    const response = await appWith().request(`/search?q=${encodeURIComponent(QUERY)}`);
    expect(response.headers.get('cache-control')).toMatch(/^public/);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.partial).toBeUndefined();
    expect(body.total_exact).toBe(true);
  });
});

describe('a request view of the engine', () => {
  it('shares the engine’s scoring tables, so a request does not make them again', async () => {
    const { engine } = await coldEngine();
    const view = withReadBudget(engine, new ReadBudget());
    expect(scoringTablesOf(view)).toBe(scoringTablesOf(engine));
  });
});

describe('the last round of reads', () => {
  it('answers without what the work still lacks, and records the cut, instead of failing the request', async () => {
    const memory = createMemoryReader(files);
    const engine = await loadEngine(memory, { maxRounds: 1 });
    const budget = new ReadBudget();
    const answer = await ranked(withReadBudget(engine, budget), MISSPELT);
    expect(budget.cut).toBe(true);
    expect(budget.reads).toBe(0);
    expect(answer.total).toBe(0);
    // The same work with the default rounds reads what it needs and finds the misspelt words' articles.
    expect((await ranked(await loadEngine(memory), MISSPELT)).total).toBeGreaterThan(0);
  });
});
