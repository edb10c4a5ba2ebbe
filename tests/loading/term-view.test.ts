import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/article';
import type { Manifest, SegmentRoot } from '../../src/index-format/artefacts';
import { buildIndexFiles } from '../../src/indexing/build-index';
import { createMemoryReader } from '../../src/loading/artefact-reader';
import { type Engine, loadEngine } from '../../src/loading/load-engine';
import { parseQuery } from '../../src/query/parse-query';
import { findArticles } from '../../src/search/search';
import { previousOf } from '../support/previous-index';

const articles: Article[] = [
  { id: 'a', title: 'مهرجان قرطاج الدولي', body: 'افتتح مهرجان قرطاج دورته الجديدة بحفل كبير' },
  { id: 'b', title: 'الانتخابات البلدية', body: 'تجري الانتخابات البلدية في ماي المقبل' },
];

let files: ReadonlyMap<string, string | Uint8Array>;
let lexiconPieces: Set<string>;

beforeAll(async () => {
  files = (await buildIndexFiles(articles)).files;
  const text = (name: string): string => {
    const contents = files.get(name)!;
    return typeof contents === 'string' ? contents : new TextDecoder().decode(contents);
  };
  const manifest = JSON.parse(text('manifest.json')) as Manifest;
  lexiconPieces = new Set(manifest.segments.flatMap((segment) => (JSON.parse(text(segment.root)) as SegmentRoot).lexicon.pieces));
});

/** Searches `q` on a freshly loaded engine; resolves to the ids found and whether any lexicon group was read. */
async function coldSearch(q: string): Promise<{ total: number; readLexicon: boolean }> {
  const memory = createMemoryReader(files);
  let readLexicon = false;
  const engine = await loadEngine({
    read: (name) => {
      if (lexiconPieces.has(name)) readLexicon = true;
      return memory.read(name);
    },
  });
  const result = await findArticles(engine, parseQuery(q));
  return { total: result.total, readLexicon };
}

describe('typo lookups on a cold engine', () => {
  it('read no lexicon group for a word the index holds, though its term block was not yet in memory', async () => {
    expect(await coldSearch('مهرجان ')).toEqual({ total: 1, readLexicon: false });
  });

  it('still read the lexicon and find the word for a misspelling', async () => {
    expect(await coldSearch('مهرجاان ')).toEqual({ total: 1, readLexicon: true });
  });
});

describe('near spellings with a limit', () => {
  const words = ['سلام', 'سلامة', 'سلالم', 'سلم', 'اسلام', 'سالم'];
  let engine: Engine;

  beforeAll(async () => {
    const built = await buildIndexFiles(words.map((word, index) => ({ id: `w${index}`, title: word, body: word })));
    engine = await loadEngine(createMemoryReader(built.files));
  });

  const near = (limit?: number) =>
    engine.complete(() => [...engine.terms.near({ term: 'سلاام', maxDistance: 2, kept: 0 }, limit)].map(([term, [, distance]]) => [term, distance]));

  it('keeps only the nearest, fewest edits first, then the closest in length, in term order', async () => {
    const all = (await near()) as [string, number][];
    const byCloseness = [...all].sort(
      ([a, da], [b, db]) => da - db || Math.abs(a.length - 'سلاام'.length) - Math.abs(b.length - 'سلاام'.length) || (a < b ? -1 : 1),
    );
    expect(all.length).toBeGreaterThan(2);
    expect(await near(2)).toEqual(byCloseness.slice(0, 2).sort(([a], [b]) => (a < b ? -1 : 1)));
  });

  it('finds every near spelling without a limit', async () => {
    expect((await near()).map(([term]) => term)).toContain('سلام');
  });
});

describe('a term in an index with deletions', () => {
  const festival = (id: string): Article => ({ id, title: `مهرجان ${id}`, body: 'افتتح مهرجان قرطاج دورته الجديدة' });

  it('merges its postings once, leaving deleted articles out, and keeps the merge charged to the cache', async () => {
    const first = await buildIndexFiles(['a', 'b', 'c'].map(festival));
    // Deleting b and adding d leaves two segments, the first with a deletion.
    const second = await buildIndexFiles(['a', 'c', 'd'].map(festival), {
      previous: previousOf(first),
    });
    expect(second.manifest.segments.length).toBe(2);
    const engine = await loadEngine(createMemoryReader(second.files));
    const lookUp = () => engine.complete(() => engine.terms.get('مهرجان')?.postingList(1) ?? null);
    const list = (await lookUp())!;
    expect(Array.from(list.documents)).toHaveLength(3);
    const charged = engine.store.usedBytes;
    expect(await lookUp()).toBe(list);
    expect(engine.store.usedBytes).toBe(charged);
  });
});
